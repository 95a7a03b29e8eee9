-- AlterTable
ALTER TABLE "Household" ADD COLUMN     "municipalityCode" TEXT,
ADD COLUMN     "needsFinancialAssistance" BOOLEAN;

-- AlterTable
ALTER TABLE "Visit" ADD COLUMN     "bookedBy" TEXT,
ADD COLUMN     "idDocumentsReady" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "overrideReason" TEXT,
ADD COLUMN     "permitCardReady" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "state" JSONB,
ADD COLUMN     "venueId" TEXT,
ADD COLUMN     "venueKind" TEXT NOT NULL DEFAULT 'main';

-- CreateTable
CREATE TABLE "LocationConfigRevision" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "config" JSONB NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "authorRole" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LocationConfigRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LocationConfigRevision_locationId_version_key" ON "LocationConfigRevision"("locationId", "version");

-- AddForeignKey
ALTER TABLE "LocationConfigRevision" ADD CONSTRAINT "LocationConfigRevision_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
