DROP INDEX "projects_special_idx";--> statement-breakpoint
DROP INDEX "projects_sector_idx";--> statement-breakpoint
DROP INDEX "projects_district_idx";--> statement-breakpoint
DROP INDEX "projects_investment_idx";--> statement-breakpoint
CREATE INDEX "projects_special_idx" ON "projects" USING btree ("special_code","total_investment_fen" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "projects_sector_idx" ON "projects" USING btree ("sector_code","total_investment_fen" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "projects_district_idx" ON "projects" USING btree ("district_code","stage","total_investment_fen" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "projects_investment_idx" ON "projects" USING btree ("total_investment_fen" DESC NULLS FIRST,"id" DESC NULLS FIRST);