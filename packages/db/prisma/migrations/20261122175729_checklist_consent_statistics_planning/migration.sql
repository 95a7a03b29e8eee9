-- CreateTable
CREATE TABLE "ChecklistItem" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "visitId" TEXT,
    "memberId" TEXT,
    "itemKey" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'todo',
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentGrant" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "grantee" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'read',
    "from" TIMESTAMP(3) NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "grantedVia" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlannedActivity" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "hoursPerWeek" INTEGER NOT NULL,
    "from" DATE NOT NULL,
    "until" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PlannedActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewcomerAccess" (
    "householdId" TEXT NOT NULL,
    "lookup" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "rotatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rotatedBy" TEXT,

    CONSTRAINT "NewcomerAccess_pkey" PRIMARY KEY ("householdId")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "PermitsGranted" (
    "id" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "locationId" TEXT,
    "count" INTEGER NOT NULL,
    "enteredBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PermitsGranted_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PulseReport" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "counts" JSONB NOT NULL,
    "deviations" TEXT NOT NULL DEFAULT '',
    "questions" TEXT NOT NULL DEFAULT '',
    "suggestions" TEXT NOT NULL DEFAULT '',
    "submittedBy" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "PulseReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DayPlan" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "plan" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "DayPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitFeedback" (
    "id" TEXT NOT NULL,
    "householdId" TEXT NOT NULL,
    "visitId" TEXT,
    "locationId" TEXT NOT NULL,
    "rating" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitFeedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ChecklistItem_householdId_idx" ON "ChecklistItem"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistItem_householdId_itemKey_key" ON "ChecklistItem"("householdId", "itemKey");

-- CreateIndex
CREATE INDEX "ConsentGrant_householdId_idx" ON "ConsentGrant"("householdId");

-- CreateIndex
CREATE INDEX "PlannedActivity_householdId_idx" ON "PlannedActivity"("householdId");

-- CreateIndex
CREATE UNIQUE INDEX "NewcomerAccess_lookup_key" ON "NewcomerAccess"("lookup");

-- CreateIndex
CREATE UNIQUE INDEX "PermitsGranted_periodStart_periodEnd_locationId_key" ON "PermitsGranted"("periodStart", "periodEnd", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "PulseReport_locationId_isoWeek_key" ON "PulseReport"("locationId", "isoWeek");

-- CreateIndex
CREATE UNIQUE INDEX "DayPlan_locationId_date_key" ON "DayPlan"("locationId", "date");

-- CreateIndex
CREATE INDEX "VisitFeedback_locationId_createdAt_idx" ON "VisitFeedback"("locationId", "createdAt");

-- AddForeignKey
ALTER TABLE "ChecklistItem" ADD CONSTRAINT "ChecklistItem_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentGrant" ADD CONSTRAINT "ConsentGrant_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlannedActivity" ADD CONSTRAINT "PlannedActivity_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewcomerAccess" ADD CONSTRAINT "NewcomerAccess_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "Household"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
