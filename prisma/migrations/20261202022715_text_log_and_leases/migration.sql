-- CreateTable
CREATE TABLE "DraftTextChunk" (
    "draftId" TEXT NOT NULL,
    "offset" INTEGER NOT NULL,
    "text" TEXT NOT NULL,

    PRIMARY KEY ("draftId", "offset"),
    CONSTRAINT "DraftTextChunk_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GenerationLease" (
    "draftId" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "request" TEXT,
    CONSTRAINT "GenerationLease_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "GenerationLease_expiresAt_idx" ON "GenerationLease"("expiresAt");
