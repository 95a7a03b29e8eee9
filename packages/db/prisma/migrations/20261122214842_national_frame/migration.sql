-- CreateTable
CREATE TABLE "NationalFrame" (
    "id" TEXT NOT NULL,
    "frame" JSONB NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,
    "updatedByName" TEXT,

    CONSTRAINT "NationalFrame_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalFrameRevision" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "frame" JSONB NOT NULL,
    "authorId" TEXT,
    "authorName" TEXT NOT NULL,
    "authorRole" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NationalFrameRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "NationalFrameRevision_version_key" ON "NationalFrameRevision"("version");
