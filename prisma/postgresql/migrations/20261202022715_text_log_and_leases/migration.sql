-- CreateTable
CREATE TABLE "DraftTextChunk" (
    "draftId" TEXT NOT NULL,
    "offset" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "DraftTextChunk_pkey" PRIMARY KEY ("draftId","offset")
);

-- CreateTable
CREATE TABLE "GenerationLease" (
    "draftId" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "request" TEXT,

    CONSTRAINT "GenerationLease_pkey" PRIMARY KEY ("draftId")
);

-- CreateIndex
CREATE INDEX "GenerationLease_expiresAt_idx" ON "GenerationLease"("expiresAt");

-- AddForeignKey
ALTER TABLE "DraftTextChunk" ADD CONSTRAINT "DraftTextChunk_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GenerationLease" ADD CONSTRAINT "GenerationLease_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
