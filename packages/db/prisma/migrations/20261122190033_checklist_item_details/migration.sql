-- AlterTable
ALTER TABLE "ChecklistItem" ADD COLUMN     "details" JSONB NOT NULL DEFAULT '{}';
