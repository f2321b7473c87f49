-- Hand-written: the default synonym groups. Editors extend and change them later (issue 4); fixed
-- ids and ON CONFLICT DO NOTHING mean a group an editor has changed is never overwritten.
-- Terms are lowercase; a query word matching any term of a group also searches the others.
INSERT INTO "SynonymGroup" ("id", "terms", "createdAt", "updatedAt") VALUES
  ('default-ki', ARRAY['ki', 'künstliche intelligenz', 'ai', 'machine learning', 'maschinelles lernen'], now(), now()),
  ('default-kmu', ARRAY['kmu', 'kleine und mittlere unternehmen', 'mittelstand'], now(), now()),
  ('default-webseite', ARRAY['webseite', 'website', 'homepage', 'internetseite', 'internetauftritt'], now(), now()),
  ('default-foerderung', ARRAY['förderung', 'zuschuss', 'fördermittel', 'förderprogramm', 'zuwendung'], now(), now()),
  ('default-onlineshop', ARRAY['onlineshop', 'online-shop', 'e-commerce', 'webshop', 'onlinehandel'], now(), now()),
  ('default-it-sicherheit', ARRAY['it-sicherheit', 'cybersicherheit', 'informationssicherheit', 'cybersecurity'], now(), now()),
  ('default-digitalisierung', ARRAY['digitalisierung', 'digitale transformation', 'digitaler wandel'], now(), now()),
  ('default-handwerk', ARRAY['handwerk', 'handwerksbetrieb', 'handwerker'], now(), now()),
  ('default-gruendung', ARRAY['gründung', 'start-up', 'startup', 'existenzgründung', 'gründer'], now(), now()),
  ('default-beratung', ARRAY['beratung', 'coaching', 'consulting'], now(), now()),
  ('default-weiterbildung', ARRAY['weiterbildung', 'schulung', 'qualifizierung', 'fortbildung'], now(), now()),
  ('default-kredit', ARRAY['kredit', 'darlehen', 'finanzierung'], now(), now()),
  ('default-datenschutz', ARRAY['datenschutz', 'dsgvo'], now(), now()),
  ('default-cloud', ARRAY['cloud', 'cloud computing', 'cloud-dienste'], now(), now()),
  ('default-breitband', ARRAY['breitband', 'glasfaser', 'schnelles internet'], now(), now()),
  ('default-software', ARRAY['software', 'app', 'anwendung'], now(), now()),
  ('default-verwaltung', ARRAY['verwaltung', 'kommune', 'gemeinde', 'behörde'], now(), now()),
  ('default-landwirtschaft', ARRAY['landwirtschaft', 'agrar', 'weinbau', 'winzer'], now(), now())
ON CONFLICT ("id") DO NOTHING;
