-- The tier catalogue every installation starts with. It is reference data the product cannot
-- run without (sign-up puts new organizations on the free tier), so it ships as a migration;
-- admins edit the rows afterwards and this never overwrites them.
INSERT INTO plans (
  tier, name, description, currency, price_monthly_cents, price_yearly_cents,
  tickets_per_month, storage_bytes, max_projects, max_domains, max_members, response_sla_hours,
  monthly_credits, ai_insights, campaign_platforms, white_label, sort_order
) VALUES
  ('free', 'Free', 'Instant site analysis and a first project.', 'BRL', 0, 0,
   15, 5368709120, 1, 1, 1, NULL, 50, 'none', '{}', false, 0),
  ('basic', 'Basic', 'A small team with a 24-hour support SLA and Google Ads.', 'BRL', 29700, 297000,
   30, 26843545600, 3, 3, 3, 24, 500, 'none', '{google_ads}', false, 1),
  ('pro', 'Pro', 'Real-time monitoring, AI insights, Google and Meta campaigns, a 4-hour SLA.', 'BRL', 89700, 897000,
   60, 107374182400, 10, 10, 10, 4, 2000, 'standard', '{google_ads,meta_ads}', false, 2),
  ('enterprise', 'Enterprise', 'Unlimited everything, priority AI, every ad platform, white label, a 1-hour SLA.', 'BRL', 0, 0,
   NULL, NULL, NULL, NULL, NULL, 1, 10000, 'priority', '{google_ads,meta_ads,linkedin_ads,tiktok_ads}', true, 3)
ON CONFLICT (tier) DO NOTHING;
