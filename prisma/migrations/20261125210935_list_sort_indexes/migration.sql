-- CreateIndex
CREATE INDEX "Draft_status_updatedAt_idx" ON "Draft"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "Draft_seoScore_createdAt_idx" ON "Draft"("seoScore", "createdAt");
