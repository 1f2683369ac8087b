-- AlterTable
ALTER TABLE "Draft" ADD COLUMN "interruption" TEXT;

-- Drafts interrupted before this column existed get their code from the sentence older versions stored.
UPDATE "Draft" SET "interruption" = CASE
  WHEN "error" LIKE 'Stopped.%' THEN 'stopped'
  WHEN "error" LIKE 'The server stopped while%' THEN 'server_stopped'
  WHEN "error" LIKE 'The API refused the request%' THEN 'api_refused'
  WHEN "error" LIKE 'Saving the post failed%' THEN 'save_failed'
  ELSE 'api_failed'
END
WHERE "status" = 'interrupted';
