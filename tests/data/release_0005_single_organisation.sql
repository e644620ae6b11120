BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0005');
CREATE TABLE checkpoint_heads (
	item_id INTEGER NOT NULL, 
	checkpoint_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	head_hash VARCHAR(64) NOT NULL, 
	PRIMARY KEY (item_id, checkpoint_id), 
	FOREIGN KEY(checkpoint_id) REFERENCES checkpoints (id)
);
CREATE TABLE checkpoints (
	id INTEGER NOT NULL, 
	at VARCHAR(40) NOT NULL, 
	items INTEGER NOT NULL, 
	events INTEGER NOT NULL, 
	root VARCHAR(64) NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	signature VARCHAR(128) NOT NULL, 
	public_key VARCHAR(64) NOT NULL, 
	verified_at VARCHAR(40), 
	PRIMARY KEY (id), 
	UNIQUE (hash)
);
CREATE TABLE departments (
	id VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "departments" VALUES('office','办公室');
INSERT INTO "departments" VALUES('planning','科技计划与成果科');
INSERT INTO "departments" VALUES('hitech','高新技术与产业科');
INSERT INTO "departments" VALUES('rural','农村科技与社会发展科');
INSERT INTO "departments" VALUES('leadership','局领导');
CREATE TABLE events (
	item_id INTEGER NOT NULL, 
	seq INTEGER NOT NULL, 
	event VARCHAR(32) NOT NULL, 
	actor VARCHAR(64) NOT NULL, 
	role VARCHAR(64) NOT NULL, 
	from_stage VARCHAR(32) NOT NULL, 
	to_stage VARCHAR(32) NOT NULL, 
	revision_hash VARCHAR(64), 
	opinion TEXT, 
	ground VARCHAR(64), 
	detail TEXT NOT NULL, 
	at VARCHAR(40) NOT NULL, 
	policy_version INTEGER NOT NULL, 
	prev_hash VARCHAR(64) NOT NULL, 
	hash VARCHAR(64) NOT NULL, command_key VARCHAR(100), 
	PRIMARY KEY (item_id, seq), 
	FOREIGN KEY(item_id) REFERENCES items (id)
);
INSERT INTO "events" VALUES(1,1,'submit','wangfang','drafter','drafting','confidentiality_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{"findings": "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"}','2026-11-24T09:30:00.000000+08:00',1,'0000000000000000000000000000000000000000000000000000000000000000','7db543e53d4425774c1a60e3d5762cc3c848dd0dfbcdca56907e07345f287e93','c3cf792dc87e4c82bf0aa3df5a45a6a3');
INSERT INTO "events" VALUES(1,2,'claim','linfeng','confidentiality_officer','confidentiality_review','confidentiality_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'7db543e53d4425774c1a60e3d5762cc3c848dd0dfbcdca56907e07345f287e93','310625410625bb553b22c715d9aff3ce7453ff075efc3f2da40d2308bf5fe5c6','7309c4c63f364d868d9eeffc499481c7');
INSERT INTO "events" VALUES(1,3,'approve','linfeng','confidentiality_officer','confidentiality_review','sensitivity_check','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'310625410625bb553b22c715d9aff3ce7453ff075efc3f2da40d2308bf5fe5c6','00de9dcf4d3d52d5185c31f3af946bdd256ef4fab1a7bbe66201b6aeb566217c','fdaa8323521946f0b111b609f5e1e9b3');
INSERT INTO "events" VALUES(1,4,'scan_clean','system','system','sensitivity_check','first_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'00de9dcf4d3d52d5185c31f3af946bdd256ef4fab1a7bbe66201b6aeb566217c','9ff82c2f0c8eac63a73850be5649cdaff03dedefe7cb12c06b11f2062cad4dd1','a191816bb8bb4936864e1d9cb37992a4');
INSERT INTO "events" VALUES(1,5,'claim','chenjun','department_head','first_review','first_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'9ff82c2f0c8eac63a73850be5649cdaff03dedefe7cb12c06b11f2062cad4dd1','bd7e2a4a0c8fe3b0fe975a908a6b073affaadb6d5b3bec28587bae7bff2af7d3','b06e48d364334c86a730b7b56e00e68c');
INSERT INTO "events" VALUES(1,6,'approve','chenjun','department_head','first_review','second_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'bd7e2a4a0c8fe3b0fe975a908a6b073affaadb6d5b3bec28587bae7bff2af7d3','b1ece5af92bbe1f0ac2ccf8fda93691eba326eaaeef00f29a504b8894938905c','811183effd2b4edc8f43f9aa550a1d0c');
INSERT INTO "events" VALUES(1,7,'claim','guolei','office_head','second_review','second_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'b1ece5af92bbe1f0ac2ccf8fda93691eba326eaaeef00f29a504b8894938905c','dbf9111aaa735f17ad090b2485f48d6322937168904d913224c02802143b1941','d83651d3d554489c828e18412aca426b');
INSERT INTO "events" VALUES(1,8,'approve','guolei','office_head','second_review','final_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'dbf9111aaa735f17ad090b2485f48d6322937168904d913224c02802143b1941','a14a0a45580a923f8b97280fcccfa1aa0ba9724d040b35ccbd2b10e5402c8b9d','9bf2566595dc4a53846787bd4233c08c');
INSERT INTO "events" VALUES(1,9,'claim','liuyang','deputy_leader','final_review','final_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'a14a0a45580a923f8b97280fcccfa1aa0ba9724d040b35ccbd2b10e5402c8b9d','4a0535e8957fa86b184445b89d42a2d443c47fa9b3564a44ee325dc295f5ab36','c23a42152eb7473f9756f4b66b8377cf');
INSERT INTO "events" VALUES(1,10,'approve','liuyang','deputy_leader','final_review','proofreading_1','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'4a0535e8957fa86b184445b89d42a2d443c47fa9b3564a44ee325dc295f5ab36','ec65cb290806313c1ff1e668bc28a09423807a16f88755ef1faa658eb4f0df08','0ccad53a9ce1499aa928f6b0c2f49993');
INSERT INTO "events" VALUES(1,11,'claim','fengyu','proofreader','proofreading_1','proofreading_1','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'ec65cb290806313c1ff1e668bc28a09423807a16f88755ef1faa658eb4f0df08','6362113f62f686cc1110d2959d74a3b2f7affd0276ce8a4aebf6ab706ddceadc','f404133ae7d4490d8d7974d662224cbb');
INSERT INTO "events" VALUES(1,12,'approve','fengyu','proofreader','proofreading_1','proofreading_2','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'6362113f62f686cc1110d2959d74a3b2f7affd0276ce8a4aebf6ab706ddceadc','7608452b044cd87446aa029aa906429d491def694625182fc90acef5ffa9317e','f9d46f5e90e348288bf84c54f07d9f51');
INSERT INTO "events" VALUES(1,13,'claim','caihong','proofreader','proofreading_2','proofreading_2','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'7608452b044cd87446aa029aa906429d491def694625182fc90acef5ffa9317e','2c3c8bcf568f0d3b927525a31b24e146b03429a5809c556166ce9e0433b404d8','46e6ca2f25394f62874ac89ff08da1c2');
INSERT INTO "events" VALUES(1,14,'approve','caihong','proofreader','proofreading_2','proofreading_3','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'2c3c8bcf568f0d3b927525a31b24e146b03429a5809c556166ce9e0433b404d8','eb36b3a2cc8ddfec7958669769582c09f690496f4aac556ae5d7082d067cd60b','5cddb532f2e24edc8695a25ad3c6fc87');
INSERT INTO "events" VALUES(1,15,'claim','dengyun','proofreader','proofreading_3','proofreading_3','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'eb36b3a2cc8ddfec7958669769582c09f690496f4aac556ae5d7082d067cd60b','864488c47524ef01dcd8ccaf7fde9334c8fc26614d7b705a33c98f64bdea57d2','ba48f668e5434930a69bb1c2dd1240f2');
INSERT INTO "events" VALUES(1,16,'approve','dengyun','proofreader','proofreading_3','publishing','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'864488c47524ef01dcd8ccaf7fde9334c8fc26614d7b705a33c98f64bdea57d2','af086319653dbbbd50c94d553bbbd1c7a989b0fa09039c95ed9ad7e033615dfd','e811e2f50d4747f0a6c1063792d10fb2');
INSERT INTO "events" VALUES(1,17,'deliver','system','system','publishing','published','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{"index_number": "QHKJJ-2026-00001", "page_hash": "e71212ee9c6b013597a08c4702837d4ea75f61ff6ff473825e61b6052f8993d2"}','2026-11-24T09:30:00.000000+08:00',1,'af086319653dbbbd50c94d553bbbd1c7a989b0fa09039c95ed9ad7e033615dfd','8d19831b8bc3eff2b6c3e3e686dbd52ea9dc9fa1aa1e21ac51498b23471a2d84','8397522edb734434858cc565b9f3c702');
INSERT INTO "events" VALUES(2,1,'submit','liqiang','drafter','drafting','confidentiality_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{"findings": "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"}','2026-11-24T09:30:00.000000+08:00',1,'0000000000000000000000000000000000000000000000000000000000000000','4e6f8d7320769f9fa2073947228c71c843137ef3b495f3385bf79fbd580a7507','f198d3c810844b038c02d81bd0e09a16');
INSERT INTO "events" VALUES(2,2,'claim','linfeng','confidentiality_officer','confidentiality_review','confidentiality_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'4e6f8d7320769f9fa2073947228c71c843137ef3b495f3385bf79fbd580a7507','a767fb7c87d0c7cd536eb79071690ed5ae35252ea67e43b6b07d0395c317756c','fa9153b076d740d6a695262584ffd101');
INSERT INTO "events" VALUES(2,3,'approve','linfeng','confidentiality_officer','confidentiality_review','sensitivity_check','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'a767fb7c87d0c7cd536eb79071690ed5ae35252ea67e43b6b07d0395c317756c','e2e12214f212a192e08ce2626e4550eb3beaf5589c2941d934d9bcd04870a9b2','b0d8f49ae4c043e3a4ddd0b0f4171a29');
INSERT INTO "events" VALUES(2,4,'scan_clean','system','system','sensitivity_check','first_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'e2e12214f212a192e08ce2626e4550eb3beaf5589c2941d934d9bcd04870a9b2','07b708eda78a860c8a86229e753304bc7503ff8dc18bea5be31f0c54c98bab3e','06e5ef532dd849c0be027e46921912aa');
INSERT INTO "events" VALUES(2,5,'claim','chenjun','department_head','first_review','first_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'07b708eda78a860c8a86229e753304bc7503ff8dc18bea5be31f0c54c98bab3e','2767d1946ca3dd10d9582dbddf213b9045dc7e0fcd1b57ca356ac6db96bac772','fdb7046afdd24868b0663407c477698c');
INSERT INTO "events" VALUES(2,6,'approve','chenjun','department_head','first_review','second_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'2767d1946ca3dd10d9582dbddf213b9045dc7e0fcd1b57ca356ac6db96bac772','db51ecfca420c3889ad27bc68fa6891df10a1079d88547d6d95295c954576f67','ce18ba01d97d42dd817aad50d94f7cf7');
INSERT INTO "events" VALUES(2,7,'claim','guolei','office_head','second_review','second_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'db51ecfca420c3889ad27bc68fa6891df10a1079d88547d6d95295c954576f67','85bb7e478f3b14df1003379bd09e8f319b82ab45b7d1f1acdb38ff8fc4776869','ff10c51734664796b1b110e9585382fa');
INSERT INTO "events" VALUES(3,1,'submit','wangfang','drafter','drafting','confidentiality_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{"findings": "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"}','2026-11-24T09:30:00.000000+08:00',1,'0000000000000000000000000000000000000000000000000000000000000000','bc90684d329308854ce0a93ebc00d0fafaaa9c6af32aaf0f630fe538771c122a','0adc1e0253374ce2b45d01a5286e56e2');
INSERT INTO "events" VALUES(3,2,'claim','linfeng','confidentiality_officer','confidentiality_review','confidentiality_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'bc90684d329308854ce0a93ebc00d0fafaaa9c6af32aaf0f630fe538771c122a','66bcee66315abb4b7e39fc26e6b21e161478e524e01862f6865b5e708d373707','58988b102a724f7ebade1cbece02b73c');
INSERT INTO "events" VALUES(3,3,'approve','linfeng','confidentiality_officer','confidentiality_review','sensitivity_check','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'66bcee66315abb4b7e39fc26e6b21e161478e524e01862f6865b5e708d373707','2a1efd1e16550437ed3ce1352f426908b529308593762a0cc34a3223f57f7b38','17f28ece178c41128920f294b2db435f');
INSERT INTO "events" VALUES(3,4,'scan_clean','system','system','sensitivity_check','first_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'2a1efd1e16550437ed3ce1352f426908b529308593762a0cc34a3223f57f7b38','aa2ba3b2178200039fb951ed6a65ae50de19551225ebd07d6eff177ec51f256c','85369c6d37f048568489c358a2917ac2');
INSERT INTO "events" VALUES(3,5,'claim','chenjun','department_head','first_review','first_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'aa2ba3b2178200039fb951ed6a65ae50de19551225ebd07d6eff177ec51f256c','64e12601155cf8d5a1d941daebf039dc78a7bbfa87383f149a24a9a580f54ce5','9efe2d831a4e468d98737a89f1768fb4');
INSERT INTO "events" VALUES(3,6,'return','chenjun','department_head','first_review','drafting','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','请补充',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'64e12601155cf8d5a1d941daebf039dc78a7bbfa87383f149a24a9a580f54ce5','4a20c66c3ddf7e82c011547eec5c6e1b8aaea3f315de6536db159cd2faac6f45','b9ab4280b5bd455a8c3e87c9ae0e3980');
INSERT INTO "events" VALUES(3,7,'revise','wangfang','drafter','drafting','drafting','5a08290d7659dc4ba5d2f699b3ff14c8cc6704d6d8701ee52d62f727eb37546c',NULL,NULL,'{"findings": "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"}','2026-11-24T09:30:00.000000+08:00',1,'4a20c66c3ddf7e82c011547eec5c6e1b8aaea3f315de6536db159cd2faac6f45','23f11228893976c5d7477bbd655dda8b858b16ae294f682f36e0e95e4a7e7cfc','5bad4699bb55473a9d97a3226c73c9ce');
INSERT INTO "events" VALUES(4,1,'submit','wangfang','drafter','drafting','confidentiality_review','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184',NULL,NULL,'{"findings": "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"}','2026-11-24T09:30:00.000000+08:00',1,'0000000000000000000000000000000000000000000000000000000000000000','ad45ec24f90b5b355ab553ac5f325abb83e1f9104e56de38561fc360d3131dd1','6be5481c6c6f4921afdb0257e7015557');
CREATE TABLE index_counters (
	prefix VARCHAR(64) NOT NULL, 
	year INTEGER NOT NULL, 
	last INTEGER NOT NULL, 
	PRIMARY KEY (prefix, year)
);
INSERT INTO "index_counters" VALUES('QHKJJ',2026,1);
CREATE TABLE installation (
	id VARCHAR(32) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "installation" VALUES('3112ce0db3dc41dcaaf9041aaa16c781','migration 0002');
CREATE TABLE items (
	id INTEGER NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	drafter VARCHAR(64) NOT NULL, 
	department_id VARCHAR(64) NOT NULL, 
	stage VARCHAR(32) NOT NULL, 
	version INTEGER NOT NULL, 
	revision_hash VARCHAR(64), 
	disclosure VARCHAR(16) NOT NULL, 
	source VARCHAR(500) NOT NULL, 
	channel VARCHAR(32) NOT NULL, 
	formed_on VARCHAR(10), 
	index_number VARCHAR(64), 
	last_seq INTEGER NOT NULL, 
	head_hash VARCHAR(64) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	updated_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(department_id) REFERENCES departments (id), 
	FOREIGN KEY(drafter) REFERENCES people (username), 
	UNIQUE (index_number)
);
INSERT INTO "items" VALUES(1,'关于开展科技活动周的通知','wangfang','planning','published',18,'9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','proactive','','website',NULL,'QHKJJ-2026-00001',17,'8d19831b8bc3eff2b6c3e3e686dbd52ea9dc9fa1aa1e21ac51498b23471a2d84','2026-11-24T09:30:00.000000+08:00','2026-11-24T09:30:00.000000+08:00');
INSERT INTO "items" VALUES(2,'关于开展科技活动周的通知','liqiang','planning','second_review',8,'9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','proactive','','website',NULL,NULL,7,'85bb7e478f3b14df1003379bd09e8f319b82ab45b7d1f1acdb38ff8fc4776869','2026-11-24T09:30:00.000000+08:00','2026-11-24T09:30:00.000000+08:00');
INSERT INTO "items" VALUES(3,'关于开展科技活动周的通知（修改）','wangfang','planning','drafting',8,'5a08290d7659dc4ba5d2f699b3ff14c8cc6704d6d8701ee52d62f727eb37546c','proactive','','website',NULL,NULL,7,'23f11228893976c5d7477bbd655dda8b858b16ae294f682f36e0e95e4a7e7cfc','2026-11-24T09:30:00.000000+08:00','2026-11-24T09:30:00.000000+08:00');
INSERT INTO "items" VALUES(4,'关于开展科技活动周的通知','wangfang','planning','confidentiality_review',2,'9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','proactive','','website',NULL,NULL,1,'ad45ec24f90b5b355ab553ac5f325abb83e1f9104e56de38561fc360d3131dd1','2026-11-24T09:30:00.000000+08:00','2026-11-24T09:30:00.000000+08:00');
CREATE TABLE jobs (
	id INTEGER NOT NULL, 
	kind VARCHAR(32) NOT NULL, 
	item_id INTEGER NOT NULL, 
	"key" VARCHAR(128) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	attempts INTEGER NOT NULL, 
	claimed_by VARCHAR(128), 
	lease_until VARCHAR(40), 
	last_error TEXT, 
	created_at VARCHAR(40) NOT NULL, 
	finished_at VARCHAR(40), 
	PRIMARY KEY (id), 
	FOREIGN KEY(item_id) REFERENCES items (id), 
	UNIQUE ("key")
);
INSERT INTO "jobs" VALUES(1,'sensitivity_check',1,'sensitivity_check:1:3','pending',0,NULL,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "jobs" VALUES(2,'publish',1,'publish:1:16','pending',0,NULL,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "jobs" VALUES(3,'sensitivity_check',2,'sensitivity_check:2:3','pending',0,NULL,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "jobs" VALUES(4,'sensitivity_check',3,'sensitivity_check:3:3','pending',0,NULL,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
CREATE TABLE outbox (
	id INTEGER NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	item_id INTEGER, 
	kind VARCHAR(32) NOT NULL, 
	recipient VARCHAR(64) NOT NULL, 
	address VARCHAR(320) NOT NULL, 
	subject VARCHAR(500) NOT NULL, 
	message TEXT NOT NULL, 
	message_id VARCHAR(200) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	attempts INTEGER NOT NULL, 
	next_attempt_at VARCHAR(40), 
	last_error TEXT, 
	created_at VARCHAR(40) NOT NULL, 
	sent_at VARCHAR(40), 
	PRIMARY KEY (id), 
	FOREIGN KEY(item_id) REFERENCES items (id), 
	UNIQUE ("key")
);
INSERT INTO "outbox" VALUES(1,'1:1:task_waiting:linfeng',1,'task_waiting','linfeng','linfeng@kjj.qinghe.example','【待保密审查】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.1.task.waiting.linfeng.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(2,'1:1:task_waiting:songjia',1,'task_waiting','songjia','songjia@kjj.qinghe.example','【待保密审查】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "宋佳", "username": "songjia"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.1.task.waiting.songjia.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(3,'1:4:task_waiting:chenjun',1,'task_waiting','chenjun','chenjun@kjj.qinghe.example','【待初审】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "初审", "title": "关于开展科技活动周的通知"}, "person": {"name": "陈军", "username": "chenjun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.4.task.waiting.chenjun.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(4,'1:4:task_waiting:yangxue',1,'task_waiting','yangxue','yangxue@kjj.qinghe.example','【待初审】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "初审", "title": "关于开展科技活动周的通知"}, "person": {"name": "杨雪", "username": "yangxue"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.4.task.waiting.yangxue.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(5,'1:6:task_waiting:guolei',1,'task_waiting','guolei','guolei@kjj.qinghe.example','【待复审】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "复审", "actor_name": "陈军", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "复审", "title": "关于开展科技活动周的通知"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.6.task.waiting.guolei.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(6,'1:6:task_waiting:mayan',1,'task_waiting','mayan','mayan@kjj.qinghe.example','【待复审】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "复审", "actor_name": "陈军", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "复审", "title": "关于开展科技活动周的通知"}, "person": {"name": "马艳", "username": "mayan"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.6.task.waiting.mayan.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(7,'1:8:task_waiting:liuyang',1,'task_waiting','liuyang','liuyang@kjj.qinghe.example','【待终审】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "终审", "actor_name": "郭磊", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "终审", "title": "关于开展科技活动周的通知"}, "person": {"name": "刘洋", "username": "liuyang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.8.task.waiting.liuyang.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(8,'1:8:task_waiting:zhangwei',1,'task_waiting','zhangwei','zhangwei@kjj.qinghe.example','【待终审】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "终审", "actor_name": "郭磊", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "终审", "title": "关于开展科技活动周的通知"}, "person": {"name": "张伟", "username": "zhangwei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.8.task.waiting.zhangwei.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(9,'1:8:task_waiting:zhengguo',1,'task_waiting','zhengguo','zhengguo@kjj.qinghe.example','【待终审】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "终审", "actor_name": "郭磊", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "终审", "title": "关于开展科技活动周的通知"}, "person": {"name": "郑国", "username": "zhengguo"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.8.task.waiting.zhengguo.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(10,'1:10:task_waiting:fengyu',1,'task_waiting','fengyu','fengyu@kjj.qinghe.example','【待一校】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "一校", "title": "关于开展科技活动周的通知"}, "person": {"name": "冯雨", "username": "fengyu"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.10.task.waiting.fengyu.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(11,'1:10:task_waiting:caihong',1,'task_waiting','caihong','caihong@kjj.qinghe.example','【待一校】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "一校", "title": "关于开展科技活动周的通知"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.10.task.waiting.caihong.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(12,'1:10:task_waiting:dengyun',1,'task_waiting','dengyun','dengyun@kjj.qinghe.example','【待一校】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "一校", "title": "关于开展科技活动周的通知"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.10.task.waiting.dengyun.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(13,'1:10:task_waiting:panlin',1,'task_waiting','panlin','panlin@kjj.qinghe.example','【待一校】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "一校", "title": "关于开展科技活动周的通知"}, "person": {"name": "潘琳", "username": "panlin"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.10.task.waiting.panlin.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(14,'1:12:task_waiting:caihong',1,'task_waiting','caihong','caihong@kjj.qinghe.example','【待二校】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "二校", "actor_name": "冯雨", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "二校", "title": "关于开展科技活动周的通知"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.12.task.waiting.caihong.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(15,'1:12:task_waiting:dengyun',1,'task_waiting','dengyun','dengyun@kjj.qinghe.example','【待二校】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "二校", "actor_name": "冯雨", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "二校", "title": "关于开展科技活动周的通知"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.12.task.waiting.dengyun.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(16,'1:12:task_waiting:panlin',1,'task_waiting','panlin','panlin@kjj.qinghe.example','【待二校】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "二校", "actor_name": "冯雨", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "二校", "title": "关于开展科技活动周的通知"}, "person": {"name": "潘琳", "username": "panlin"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.12.task.waiting.panlin.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(17,'1:14:task_waiting:dengyun',1,'task_waiting','dengyun','dengyun@kjj.qinghe.example','【待三校】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "三校", "actor_name": "蔡虹", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "三校", "title": "关于开展科技活动周的通知"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.14.task.waiting.dengyun.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(18,'1:14:task_waiting:panlin',1,'task_waiting','panlin','panlin@kjj.qinghe.example','【待三校】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "三校", "actor_name": "蔡虹", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "三校", "title": "关于开展科技活动周的通知"}, "person": {"name": "潘琳", "username": "panlin"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.14.task.waiting.panlin.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(19,'1:17:published:wangfang',1,'published','wangfang','wangfang@kjj.qinghe.example','【已发布】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "关于开展科技活动周的通知"}, "person": {"name": "王芳", "username": "wangfang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.wangfang.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(20,'1:17:published:caihong',1,'published','caihong','caihong@kjj.qinghe.example','【已发布】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "关于开展科技活动周的通知"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.caihong.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(21,'1:17:published:chenjun',1,'published','chenjun','chenjun@kjj.qinghe.example','【已发布】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "关于开展科技活动周的通知"}, "person": {"name": "陈军", "username": "chenjun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.chenjun.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(22,'1:17:published:dengyun',1,'published','dengyun','dengyun@kjj.qinghe.example','【已发布】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "关于开展科技活动周的通知"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.dengyun.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(23,'1:17:published:fengyu',1,'published','fengyu','fengyu@kjj.qinghe.example','【已发布】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "关于开展科技活动周的通知"}, "person": {"name": "冯雨", "username": "fengyu"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.fengyu.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(24,'1:17:published:guolei',1,'published','guolei','guolei@kjj.qinghe.example','【已发布】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "关于开展科技活动周的通知"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.guolei.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(25,'1:17:published:linfeng',1,'published','linfeng','linfeng@kjj.qinghe.example','【已发布】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "关于开展科技活动周的通知"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.linfeng.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(26,'1:17:published:liuyang',1,'published','liuyang','liuyang@kjj.qinghe.example','【已发布】关于开展科技活动周的通知','{"item": {"id": 1, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "关于开展科技活动周的通知"}, "person": {"name": "刘洋", "username": "liuyang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.liuyang.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(27,'2:1:task_waiting:linfeng',2,'task_waiting','linfeng','linfeng@kjj.qinghe.example','【待保密审查】关于开展科技活动周的通知','{"item": {"id": 2, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "李强", "drafter_name": "李强", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/2.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<2.1.task.waiting.linfeng.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(28,'2:1:task_waiting:songjia',2,'task_waiting','songjia','songjia@kjj.qinghe.example','【待保密审查】关于开展科技活动周的通知','{"item": {"id": 2, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "李强", "drafter_name": "李强", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/2.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "宋佳", "username": "songjia"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<2.1.task.waiting.songjia.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(29,'2:4:task_waiting:chenjun',2,'task_waiting','chenjun','chenjun@kjj.qinghe.example','【待初审】关于开展科技活动周的通知','{"item": {"id": 2, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "李强", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/2.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "初审", "title": "关于开展科技活动周的通知"}, "person": {"name": "陈军", "username": "chenjun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<2.4.task.waiting.chenjun.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(30,'2:4:task_waiting:yangxue',2,'task_waiting','yangxue','yangxue@kjj.qinghe.example','【待初审】关于开展科技活动周的通知','{"item": {"id": 2, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "李强", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/2.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "初审", "title": "关于开展科技活动周的通知"}, "person": {"name": "杨雪", "username": "yangxue"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<2.4.task.waiting.yangxue.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(31,'2:6:task_waiting:guolei',2,'task_waiting','guolei','guolei@kjj.qinghe.example','【待复审】关于开展科技活动周的通知','{"item": {"id": 2, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "复审", "actor_name": "陈军", "drafter_name": "李强", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/2.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "复审", "title": "关于开展科技活动周的通知"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<2.6.task.waiting.guolei.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(32,'2:6:task_waiting:mayan',2,'task_waiting','mayan','mayan@kjj.qinghe.example','【待复审】关于开展科技活动周的通知','{"item": {"id": 2, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "复审", "actor_name": "陈军", "drafter_name": "李强", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/2.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "复审", "title": "关于开展科技活动周的通知"}, "person": {"name": "马艳", "username": "mayan"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<2.6.task.waiting.mayan.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(33,'3:1:task_waiting:linfeng',3,'task_waiting','linfeng','linfeng@kjj.qinghe.example','【待保密审查】关于开展科技活动周的通知','{"item": {"id": 3, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<3.1.task.waiting.linfeng.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(34,'3:1:task_waiting:songjia',3,'task_waiting','songjia','songjia@kjj.qinghe.example','【待保密审查】关于开展科技活动周的通知','{"item": {"id": 3, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "宋佳", "username": "songjia"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<3.1.task.waiting.songjia.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(35,'3:4:task_waiting:chenjun',3,'task_waiting','chenjun','chenjun@kjj.qinghe.example','【待初审】关于开展科技活动周的通知','{"item": {"id": 3, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "初审", "title": "关于开展科技活动周的通知"}, "person": {"name": "陈军", "username": "chenjun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<3.4.task.waiting.chenjun.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(36,'3:4:task_waiting:yangxue',3,'task_waiting','yangxue','yangxue@kjj.qinghe.example','【待初审】关于开展科技活动周的通知','{"item": {"id": 3, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "初审", "title": "关于开展科技活动周的通知"}, "person": {"name": "杨雪", "username": "yangxue"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<3.4.task.waiting.yangxue.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(37,'3:6:returned:wangfang',3,'returned','wangfang','wangfang@kjj.qinghe.example','【退回修改】关于开展科技活动周的通知','{"item": {"id": 3, "title": "关于开展科技活动周的通知"}, "event": {"opinion": "请补充"}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "陈军", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "初审", "title": "关于开展科技活动周的通知"}, "person": {"name": "王芳", "username": "wangfang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<3.6.returned.wangfang.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(38,'4:1:task_waiting:linfeng',4,'task_waiting','linfeng','linfeng@kjj.qinghe.example','【待保密审查】关于开展科技活动周的通知','{"item": {"id": 4, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/4.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<4.1.task.waiting.linfeng.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(39,'4:1:task_waiting:songjia',4,'task_waiting','songjia','songjia@kjj.qinghe.example','【待保密审查】关于开展科技活动周的通知','{"item": {"id": 4, "title": "关于开展科技活动周的通知"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/4.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "宋佳", "username": "songjia"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<4.1.task.waiting.songjia.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(40,'2:task10:escalation:zhengguo',2,'escalation','zhengguo','zhengguo@kjj.qinghe.example','【逾期上报】关于开展科技活动周的通知','{"item": {"id": 2, "title": "关于开展科技活动周的通知"}, "organisation": "清河县科学技术局", "stage_name": "复审", "due_at": "2026-11-27 09:30", "due_note": null, "holder_name": "郭磊", "overdue": "，已逾期 11 个工作日", "subject": {"stage_name": "复审", "title": "关于开展科技活动周的通知"}, "person": {"name": "郑国", "username": "zhengguo"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-12-14T09:30:00+08:00"}','<2.task10.escalation.zhengguo.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-12-14T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(41,'2:task10:escalation:guolei',2,'escalation','guolei','guolei@kjj.qinghe.example','【逾期上报】关于开展科技活动周的通知','{"item": {"id": 2, "title": "关于开展科技活动周的通知"}, "organisation": "清河县科学技术局", "stage_name": "复审", "due_at": "2026-11-27 09:30", "due_note": null, "holder_name": "郭磊", "overdue": "，已逾期 11 个工作日", "subject": {"stage_name": "复审", "title": "关于开展科技活动周的通知"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-12-14T09:30:00+08:00"}','<2.task10.escalation.guolei.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-12-14T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(42,'4:task13:escalation:guolei',4,'escalation','guolei','guolei@kjj.qinghe.example','【逾期上报】关于开展科技活动周的通知','{"item": {"id": 4, "title": "关于开展科技活动周的通知"}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "due_at": "2026-12-03 09:30", "due_note": null, "holder_name": "尚未认领", "overdue": "，已逾期 7 个工作日", "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-12-14T09:30:00+08:00"}','<4.task13.escalation.guolei.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-12-14T09:30:00.000000+08:00',NULL);
INSERT INTO "outbox" VALUES(43,'4:task13:escalation:mayan',4,'escalation','mayan','mayan@kjj.qinghe.example','【逾期上报】关于开展科技活动周的通知','{"item": {"id": 4, "title": "关于开展科技活动周的通知"}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "due_at": "2026-12-03 09:30", "due_note": null, "holder_name": "尚未认领", "overdue": "，已逾期 7 个工作日", "subject": {"stage_name": "保密审查", "title": "关于开展科技活动周的通知"}, "person": {"name": "马艳", "username": "mayan"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-12-14T09:30:00+08:00"}','<4.task13.escalation.mayan.3112ce0db3dc41dcaaf9041aaa16c781@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-12-14T09:30:00.000000+08:00',NULL);
CREATE TABLE people (
	username VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	department_id VARCHAR(64) NOT NULL, 
	email VARCHAR(320), 
	notify VARCHAR(16) NOT NULL, 
	active BOOLEAN NOT NULL, 
	PRIMARY KEY (username), 
	FOREIGN KEY(department_id) REFERENCES departments (id)
);
INSERT INTO "people" VALUES('wangfang','王芳','planning','wangfang@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('liqiang','李强','planning','liqiang@kjj.qinghe.example','digest',1);
INSERT INTO "people" VALUES('zhaomin','赵敏','hitech','zhaomin@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('sunli','孙丽','rural','sunli@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('zhouhui','周慧','office','zhouhui@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('chenjun','陈军','planning','chenjun@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('yangxue','杨雪','planning','yangxue@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('huangtao','黄涛','hitech','huangtao@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('wujing','吴静','hitech','wujing@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('xuming','徐明','rural','xuming@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('hexin','何欣','rural','hexin@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('guolei','郭磊','office','guolei@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('mayan','马艳','office','mayan@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('linfeng','林峰','office','linfeng@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('songjia','宋佳','office','songjia@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('hanbing','韩冰','office','hanbing@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('liuyang','刘洋','leadership','liuyang@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('zhangwei','张伟','leadership','zhangwei@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('zhengguo','郑国','leadership','zhengguo@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('fengyu','冯雨','office','fengyu@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('caihong','蔡虹','office','caihong@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('dengyun','邓云','planning','dengyun@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('panlin','潘琳','rural','panlin@kjj.qinghe.example','immediate',1);
INSERT INTO "people" VALUES('admin','系统管理员','office',NULL,'none',1);
CREATE TABLE person_roles (
	username VARCHAR(64) NOT NULL, 
	role VARCHAR(64) NOT NULL, 
	PRIMARY KEY (username, role), 
	FOREIGN KEY(username) REFERENCES people (username)
);
INSERT INTO "person_roles" VALUES('wangfang','drafter');
INSERT INTO "person_roles" VALUES('liqiang','drafter');
INSERT INTO "person_roles" VALUES('zhaomin','drafter');
INSERT INTO "person_roles" VALUES('sunli','drafter');
INSERT INTO "person_roles" VALUES('zhouhui','drafter');
INSERT INTO "person_roles" VALUES('zhouhui','sensitivity_reviewer');
INSERT INTO "person_roles" VALUES('chenjun','department_head');
INSERT INTO "person_roles" VALUES('yangxue','department_head');
INSERT INTO "person_roles" VALUES('huangtao','department_head');
INSERT INTO "person_roles" VALUES('wujing','department_head');
INSERT INTO "person_roles" VALUES('xuming','department_head');
INSERT INTO "person_roles" VALUES('hexin','department_head');
INSERT INTO "person_roles" VALUES('guolei','department_head');
INSERT INTO "person_roles" VALUES('guolei','office_head');
INSERT INTO "person_roles" VALUES('mayan','office_head');
INSERT INTO "person_roles" VALUES('mayan','department_head');
INSERT INTO "person_roles" VALUES('linfeng','confidentiality_officer');
INSERT INTO "person_roles" VALUES('songjia','confidentiality_officer');
INSERT INTO "person_roles" VALUES('songjia','sensitivity_reviewer');
INSERT INTO "person_roles" VALUES('hanbing','sensitivity_reviewer');
INSERT INTO "person_roles" VALUES('liuyang','deputy_leader');
INSERT INTO "person_roles" VALUES('zhangwei','deputy_leader');
INSERT INTO "person_roles" VALUES('zhengguo','head_of_unit');
INSERT INTO "person_roles" VALUES('fengyu','proofreader');
INSERT INTO "person_roles" VALUES('caihong','proofreader');
INSERT INTO "person_roles" VALUES('dengyun','proofreader');
INSERT INTO "person_roles" VALUES('panlin','proofreader');
INSERT INTO "person_roles" VALUES('admin','admin');
CREATE TABLE policy_versions (
	id INTEGER NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	content TEXT NOT NULL, 
	loaded_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "policy_versions" VALUES(1,'04915e913f9edc215a122a41d43131217525b29e8586959d6c5f71538381d0b1','{"admin_roles":["admin"],"channel":{"path":"var/site","type":"static_site"},"checks":{"confidentiality":true,"disabled_rules":[],"header_lines":8,"hotlines":["12345","12315","12348","12333","12320","12319","12369","12366"],"lexicon":[],"lexicon_files":[],"masks":{"bank_card":"keep_4_4","email":"keep_1","id_card":"keep_6_4","landline":"keep_area_2","mobile":"keep_3_4","passport":"keep_1_2"},"privacy":true,"proofreading":true,"sensitivity":true,"use_default_lexicon":true},"departments":[{"id":"office","name":"办公室"},{"id":"planning","name":"科技计划与成果科"},{"id":"hitech","name":"高新技术与产业科"},{"id":"rural","name":"农村科技与社会发展科"},{"id":"leadership","name":"局领导"}],"drafter_roles":["drafter"],"organisation":{"base_url":"http://127.0.0.1:8000/site","code":"QHKJJ","mail_from":"xxgk@kjj.qinghe.example","name":"清河县科学技术局"},"people":[{"department":"planning","email":"wangfang@kjj.qinghe.example","name":"王芳","notify":"immediate","roles":["drafter"],"username":"wangfang"},{"department":"planning","email":"liqiang@kjj.qinghe.example","name":"李强","notify":"digest","roles":["drafter"],"username":"liqiang"},{"department":"hitech","email":"zhaomin@kjj.qinghe.example","name":"赵敏","notify":"immediate","roles":["drafter"],"username":"zhaomin"},{"department":"rural","email":"sunli@kjj.qinghe.example","name":"孙丽","notify":"immediate","roles":["drafter"],"username":"sunli"},{"department":"office","email":"zhouhui@kjj.qinghe.example","name":"周慧","notify":"immediate","roles":["drafter","sensitivity_reviewer"],"username":"zhouhui"},{"department":"planning","email":"chenjun@kjj.qinghe.example","name":"陈军","notify":"immediate","roles":["department_head"],"username":"chenjun"},{"department":"planning","email":"yangxue@kjj.qinghe.example","name":"杨雪","notify":"immediate","roles":["department_head"],"username":"yangxue"},{"department":"hitech","email":"huangtao@kjj.qinghe.example","name":"黄涛","notify":"immediate","roles":["department_head"],"username":"huangtao"},{"department":"hitech","email":"wujing@kjj.qinghe.example","name":"吴静","notify":"immediate","roles":["department_head"],"username":"wujing"},{"department":"rural","email":"xuming@kjj.qinghe.example","name":"徐明","notify":"immediate","roles":["department_head"],"username":"xuming"},{"department":"rural","email":"hexin@kjj.qinghe.example","name":"何欣","notify":"immediate","roles":["department_head"],"username":"hexin"},{"department":"office","email":"guolei@kjj.qinghe.example","name":"郭磊","notify":"immediate","roles":["department_head","office_head"],"username":"guolei"},{"department":"office","email":"mayan@kjj.qinghe.example","name":"马艳","notify":"immediate","roles":["office_head","department_head"],"username":"mayan"},{"department":"office","email":"linfeng@kjj.qinghe.example","name":"林峰","notify":"immediate","roles":["confidentiality_officer"],"username":"linfeng"},{"department":"office","email":"songjia@kjj.qinghe.example","name":"宋佳","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"songjia"},{"department":"office","email":"hanbing@kjj.qinghe.example","name":"韩冰","notify":"immediate","roles":["sensitivity_reviewer"],"username":"hanbing"},{"department":"leadership","email":"liuyang@kjj.qinghe.example","name":"刘洋","notify":"immediate","roles":["deputy_leader"],"username":"liuyang"},{"department":"leadership","email":"zhangwei@kjj.qinghe.example","name":"张伟","notify":"immediate","roles":["deputy_leader"],"username":"zhangwei"},{"department":"leadership","email":"zhengguo@kjj.qinghe.example","name":"郑国","notify":"immediate","roles":["head_of_unit"],"username":"zhengguo"},{"department":"office","email":"fengyu@kjj.qinghe.example","name":"冯雨","notify":"immediate","roles":["proofreader"],"username":"fengyu"},{"department":"office","email":"caihong@kjj.qinghe.example","name":"蔡虹","notify":"immediate","roles":["proofreader"],"username":"caihong"},{"department":"planning","email":"dengyun@kjj.qinghe.example","name":"邓云","notify":"immediate","roles":["proofreader"],"username":"dengyun"},{"department":"rural","email":"panlin@kjj.qinghe.example","name":"潘琳","notify":"immediate","roles":["proofreader"],"username":"panlin"},{"department":"office","email":null,"name":"系统管理员","notify":"none","roles":["admin"],"username":"admin"}],"proofreading_tolerance":{"max_changed_ratio":0.02,"protect_dates":true,"protect_digits":true,"protect_doc_numbers":true,"protect_names":true},"reminders":{"at_fractions":[0.5],"claim_notice":false,"days_before":[1],"digest_hour":8,"escalate_default":"head_of_unit","escalate_to":{"confidentiality_review":"office_head","first_review":"office_head","proofreading_1":"office_head","proofreading_2":"office_head","proofreading_3":"office_head","sensitivity_check":"office_head"},"statutory_warning_days":3},"retract_roles":["deputy_leader","head_of_unit"],"roles":{"admin":"系统管理员","confidentiality_officer":"保密审查员","department_head":"科室负责人","deputy_leader":"分管领导","drafter":"撰稿人（信息员）","head_of_unit":"主要领导","office_head":"办公室负责人","proofreader":"校对员","sensitivity_reviewer":"涉敏审核员"},"separation_of_duties":"strict","stages":{"confidentiality_review":{"deadline_days":7.0,"roles":["confidentiality_officer"],"scope":"organisation"},"final_review":{"deadline_days":3.0,"roles":["deputy_leader","head_of_unit"],"scope":"organisation"},"first_review":{"deadline_days":3.0,"roles":["department_head"],"scope":"department"},"proofreading_1":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_2":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_3":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"second_review":{"deadline_days":3.0,"roles":["office_head"],"scope":"organisation"},"sensitivity_check":{"deadline_days":2.0,"roles":["sensitivity_reviewer"],"scope":"organisation"}},"statutory_days":20}','2026-11-24T09:30:00+08:00');
CREATE TABLE publications (
	item_id INTEGER NOT NULL, 
	index_number VARCHAR(64) NOT NULL, 
	revision_hash VARCHAR(64) NOT NULL, 
	path VARCHAR(500) NOT NULL, 
	published_at VARCHAR(40) NOT NULL, 
	retracted_at VARCHAR(40), 
	retract_reason TEXT, page_hash VARCHAR(64), 
	PRIMARY KEY (item_id), 
	FOREIGN KEY(item_id) REFERENCES items (id), 
	UNIQUE (index_number)
);
INSERT INTO "publications" VALUES(1,'QHKJJ-2026-00001','9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','/tmp/tmppq0aaf5e/items/1.html','2026-11-24T09:30:00.000000+08:00',NULL,NULL,'e71212ee9c6b013597a08c4702837d4ea75f61ff6ff473825e61b6052f8993d2');
CREATE TABLE review_tasks (
	id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	stage VARCHAR(32) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	assignee VARCHAR(64), 
	created_at VARCHAR(40) NOT NULL, 
	due_at VARCHAR(40), 
	due_note VARCHAR(200), 
	closed_at VARCHAR(40), 
	decision VARCHAR(32), 
	reminders_sent TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(item_id) REFERENCES items (id)
);
INSERT INTO "review_tasks" VALUES(1,1,'confidentiality_review','done','linfeng','2026-11-24T09:30:00.000000+08:00','2026-12-03T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(2,1,'first_review','done','chenjun','2026-11-24T09:30:00.000000+08:00','2026-11-27T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(3,1,'second_review','done','guolei','2026-11-24T09:30:00.000000+08:00','2026-11-27T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(4,1,'final_review','done','liuyang','2026-11-24T09:30:00.000000+08:00','2026-11-27T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(5,1,'proofreading_1','done','fengyu','2026-11-24T09:30:00.000000+08:00','2026-11-25T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(6,1,'proofreading_2','done','caihong','2026-11-24T09:30:00.000000+08:00','2026-11-25T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(7,1,'proofreading_3','done','dengyun','2026-11-24T09:30:00.000000+08:00','2026-11-25T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(8,2,'confidentiality_review','done','linfeng','2026-11-24T09:30:00.000000+08:00','2026-12-03T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(9,2,'first_review','done','chenjun','2026-11-24T09:30:00.000000+08:00','2026-11-27T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(10,2,'second_review','claimed','guolei','2026-11-24T09:30:00.000000+08:00','2026-11-27T09:30:00.000000+08:00',NULL,NULL,NULL,'["escalation"]');
INSERT INTO "review_tasks" VALUES(11,3,'confidentiality_review','done','linfeng','2026-11-24T09:30:00.000000+08:00','2026-12-03T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]');
INSERT INTO "review_tasks" VALUES(12,3,'first_review','done','chenjun','2026-11-24T09:30:00.000000+08:00','2026-11-27T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','return','[]');
INSERT INTO "review_tasks" VALUES(13,4,'confidentiality_review','open',NULL,'2026-11-24T09:30:00.000000+08:00','2026-12-03T09:30:00.000000+08:00',NULL,NULL,NULL,'["escalation"]');
CREATE TABLE revisions (
	id INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	hash VARCHAR(64) NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	body TEXT NOT NULL, 
	author VARCHAR(64) NOT NULL, 
	reason VARCHAR(32) NOT NULL, 
	findings TEXT NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(item_id) REFERENCES items (id), 
	UNIQUE (item_id, number)
);
INSERT INTO "revisions" VALUES(1,1,1,'9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','关于开展科技活动周的通知','各科室：
现将有关事项通知如下。请认真组织实施。','wangfang','submit','[]','2026-11-24T09:30:00.000000+08:00');
INSERT INTO "revisions" VALUES(2,2,1,'9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','关于开展科技活动周的通知','各科室：
现将有关事项通知如下。请认真组织实施。','liqiang','submit','[]','2026-11-24T09:30:00.000000+08:00');
INSERT INTO "revisions" VALUES(3,3,1,'9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','关于开展科技活动周的通知','各科室：
现将有关事项通知如下。请认真组织实施。','wangfang','submit','[]','2026-11-24T09:30:00.000000+08:00');
INSERT INTO "revisions" VALUES(4,3,2,'5a08290d7659dc4ba5d2f699b3ff14c8cc6704d6d8701ee52d62f727eb37546c','关于开展科技活动周的通知（修改）','各科室：
现将有关事项通知如下。请认真组织实施。
补充。','wangfang','revise','[]','2026-11-24T09:30:00.000000+08:00');
INSERT INTO "revisions" VALUES(5,4,1,'9b4bfc509303724af90658bfe62455f6331d6771f90a287d845d4e61fec11184','关于开展科技活动周的通知','各科室：
现将有关事项通知如下。请认真组织实施。','wangfang','submit','[]','2026-11-24T09:30:00.000000+08:00');
CREATE INDEX ix_policy_versions_digest ON policy_versions (digest);
CREATE INDEX ix_items_stage ON items (stage);
CREATE INDEX ix_jobs_status ON jobs (status);
CREATE INDEX ix_outbox_status ON outbox (status);
CREATE INDEX ix_review_tasks_item_id ON review_tasks (item_id);
CREATE INDEX ix_review_tasks_status ON review_tasks (status);
CREATE INDEX ix_revisions_item_hash ON revisions (item_id, hash);
CREATE INDEX ix_revisions_item_id ON revisions (item_id);
CREATE UNIQUE INDEX ux_events_command_key ON events (command_key);
CREATE INDEX ix_review_tasks_stage_status_due ON review_tasks (stage, status, due_at);
CREATE INDEX ix_review_tasks_status_due ON review_tasks (status, due_at);
COMMIT;
