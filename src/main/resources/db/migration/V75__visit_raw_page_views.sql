-- Page views before the per-visitor cap: page_views now counts at most
-- dho.stats.max-views-per-visitor-page views of one page by one visitor a day, and
-- raw_page_views every view, so one client cannot inflate the public figure unseen.
-- Days counted before the cap existed had no cap: both figures are the same.
ALTER TABLE visit_daily ADD COLUMN raw_page_views BIGINT NOT NULL DEFAULT 0;
UPDATE visit_daily SET raw_page_views = page_views;
