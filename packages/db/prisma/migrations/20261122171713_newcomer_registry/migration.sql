-- AlterTable
ALTER TABLE "Newcomer" ADD COLUMN     "housing" TEXT,
ADD COLUMN     "nuclearFamily" BOOLEAN,
ADD COLUMN     "permitChapter" INTEGER,
ADD COLUMN     "permitGrantedOn" DATE,
ADD COLUMN     "permitSection" INTEGER,
ADD COLUMN     "relatedToId" TEXT,
ADD COLUMN     "relationKind" TEXT,
ADD COLUMN     "unaccompaniedMinor" BOOLEAN,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "NewcomerIdentifier" (
    "id" TEXT NOT NULL,
    "newcomerId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validTo" TIMESTAMP(3),
    "createdBy" TEXT,

    CONSTRAINT "NewcomerIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetGroupAssessment" (
    "id" TEXT NOT NULL,
    "newcomerId" TEXT NOT NULL,
    "assessedOn" DATE NOT NULL,
    "ruleSet" TEXT NOT NULL,
    "inTargetGroup" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "assessedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TargetGroupAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NewcomerIdentifier_newcomerId_idx" ON "NewcomerIdentifier"("newcomerId");

-- CreateIndex
CREATE UNIQUE INDEX "NewcomerIdentifier_kind_value_key" ON "NewcomerIdentifier"("kind", "value");

-- CreateIndex
CREATE INDEX "TargetGroupAssessment_newcomerId_createdAt_idx" ON "TargetGroupAssessment"("newcomerId", "createdAt");

-- AddForeignKey
ALTER TABLE "Newcomer" ADD CONSTRAINT "Newcomer_relatedToId_fkey" FOREIGN KEY ("relatedToId") REFERENCES "Newcomer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewcomerIdentifier" ADD CONSTRAINT "NewcomerIdentifier_newcomerId_fkey" FOREIGN KEY ("newcomerId") REFERENCES "Newcomer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetGroupAssessment" ADD CONSTRAINT "TargetGroupAssessment_newcomerId_fkey" FOREIGN KEY ("newcomerId") REFERENCES "Newcomer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
