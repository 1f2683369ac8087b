-- CreateTable
CREATE TABLE "CustomCategory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "CustomCategory_key_key" ON "CustomCategory"("key");

-- CreateIndex
CREATE INDEX "CustomCategory_createdAt_idx" ON "CustomCategory"("createdAt");
