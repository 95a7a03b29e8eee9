-- AlterTable
ALTER TABLE "NewcomerAccess" ADD COLUMN     "sealedCode" TEXT;
