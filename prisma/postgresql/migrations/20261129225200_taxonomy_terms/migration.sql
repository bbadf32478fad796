-- Reference data: the legal-service taxonomy (slugs are a public URL contract;
-- features/listings/schema.ts lists the same terms).
INSERT INTO "TaxonomyTerm" ("id", "slug", "code", "name", "taxonomy", "sortOrder") VALUES
  ('6c40df01-aeb5-5eb0-8fd6-6e45eb815c6d', 'removal-defense', 'kyr.1', 'Removal defense', 'kyr-legal-services', 1),
  ('ee3cc107-0a89-533e-a9e2-f812b252f527', 'detention-bond', 'kyr.2', 'Detention and bond', 'kyr-legal-services', 2),
  ('2fcd589b-0a27-5591-b3a9-ccd7fb026943', 'asylum', 'kyr.3', 'Asylum', 'kyr-legal-services', 3),
  ('fe877be9-91ca-5da4-baee-c8e5a6de7c54', 'daca', 'kyr.4', 'DACA', 'kyr-legal-services', 4),
  ('678cb2af-96a5-59ad-991f-23691c0be1c7', 'tps', 'kyr.5', 'Temporary Protected Status (TPS)', 'kyr-legal-services', 5),
  ('d6e37d83-f811-5185-89ff-698502d1c5c5', 'u-t-visas-vawa', 'kyr.6', 'U and T visas and VAWA', 'kyr-legal-services', 6),
  ('e277585d-24ba-578b-ac4b-d636d008349b', 'sijs-children', 'kyr.7', 'Special Immigrant Juvenile Status and children', 'kyr-legal-services', 7),
  ('4ae10302-8869-5be8-95b6-9b9371113e4f', 'family-petitions', 'kyr.8', 'Family petitions', 'kyr-legal-services', 8),
  ('0997c3b0-9707-5f50-ab3d-6e2e2770290e', 'naturalization', 'kyr.9', 'Naturalization and citizenship', 'kyr-legal-services', 9),
  ('273d7631-87a4-52bc-b911-7323b1008d14', 'work-permits', 'kyr.10', 'Work permits', 'kyr-legal-services', 10),
  ('808f9672-7f1e-544f-a04d-2deb8634e370', 'appeals', 'kyr.11', 'Appeals', 'kyr-legal-services', 11),
  ('56b4c11e-f44e-55a8-a924-66027da11d13', 'crimmigration', 'kyr.12', 'Criminal-immigration (crimmigration)', 'kyr-legal-services', 12),
  ('c5b4e817-700f-51d1-b714-d52351802d51', 'kyr-trainings', 'kyr.13', 'Know-your-rights trainings', 'kyr-legal-services', 13),
  ('caa8dc39-b16e-54f5-972e-b002abfa63e4', 'rapid-response', 'kyr.14', 'Rapid response', 'kyr-legal-services', 14),
  ('baab2139-aa81-579f-a47b-78052ca0e768', 'family-preparedness', 'kyr.15', 'Family preparedness plans', 'kyr-legal-services', 15),
  ('0d90a264-b7b6-5e33-adcd-e6b56aa04b44', 'notario-fraud', 'kyr.16', 'Notario-fraud help', 'kyr-legal-services', 16);
