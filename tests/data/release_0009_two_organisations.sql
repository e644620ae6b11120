BEGIN TRANSACTION;
CREATE TABLE access_log (
	id INTEGER NOT NULL, 
	at VARCHAR(40) NOT NULL, 
	username VARCHAR(64) NOT NULL, 
	address VARCHAR(64) NOT NULL, 
	action VARCHAR(32) NOT NULL, 
	detail TEXT NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE accounts (
	username VARCHAR(64) NOT NULL, 
	password_hash VARCHAR(200) NOT NULL, 
	changed_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (username)
);
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0009');
CREATE TABLE api_tokens (
	id INTEGER NOT NULL, 
	username VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	last_used_at VARCHAR(40), 
	revoked_at VARCHAR(40), 
	PRIMARY KEY (id), 
	UNIQUE (token_hash)
);
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
CREATE TABLE "departments" (
	id VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_departments PRIMARY KEY (organisation_id, id), 
	CONSTRAINT fk_departments_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id)
);
INSERT INTO "departments" VALUES('office','办公室',1);
INSERT INTO "departments" VALUES('planning','科技计划与成果科',1);
INSERT INTO "departments" VALUES('hitech','高新技术与产业科',1);
INSERT INTO "departments" VALUES('rural','农村科技与社会发展科',1);
INSERT INTO "departments" VALUES('leadership','局领导',1);
INSERT INTO "departments" VALUES('office','办公室',2);
INSERT INTO "departments" VALUES('basic','基础教育股',2);
INSERT INTO "departments" VALUES('leadership','局领导',2);
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
INSERT INTO "events" VALUES(1,1,'submit','wangfang','drafter','drafting','confidentiality_review','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{"disclosure": "proactive", "findings": "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", "kind": "notice"}','2026-11-24T09:30:00.000000+08:00',1,'0000000000000000000000000000000000000000000000000000000000000000','2bb3e1273e33a3c82bb244d99c78f751dd447db712bd92c69737626baff05d5c','ca4de46ec68e4ef2a202ad8a3895e0a6');
INSERT INTO "events" VALUES(1,2,'claim','linfeng','confidentiality_officer','confidentiality_review','confidentiality_review','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'2bb3e1273e33a3c82bb244d99c78f751dd447db712bd92c69737626baff05d5c','606a97b0206793e9e0d1237c6db991731d143c1062fd3939cffca0d7f6691d7e','ad85c2e797f5420b8fbb4062ce422ad7');
INSERT INTO "events" VALUES(1,3,'approve','linfeng','confidentiality_officer','confidentiality_review','sensitivity_check','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'606a97b0206793e9e0d1237c6db991731d143c1062fd3939cffca0d7f6691d7e','5e4b045516d2723840030126b83f0eeaa5181cd2a5ccd7704356d9b2f7057246','d3f84c39bee34a0e900f1e9fc73c77d4');
INSERT INTO "events" VALUES(1,4,'scan_clean','system','system','sensitivity_check','first_review','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'5e4b045516d2723840030126b83f0eeaa5181cd2a5ccd7704356d9b2f7057246','2027376adbf1bb456706f58ec404b90efc657f43752420c8e875f747b33cd0fc','6bf9e3d7aa9e4d6da49690403bd4e977');
INSERT INTO "events" VALUES(1,5,'claim','chenjun','department_head','first_review','first_review','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'2027376adbf1bb456706f58ec404b90efc657f43752420c8e875f747b33cd0fc','49c7842fcfa2577d1d52848f7e3665a599cc4720d7e368f64d5c19a3fb837e3c','52389fbf04e74bb0b86fa6551469631d');
INSERT INTO "events" VALUES(1,6,'approve','chenjun','department_head','first_review','second_review','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'49c7842fcfa2577d1d52848f7e3665a599cc4720d7e368f64d5c19a3fb837e3c','559d0c54376a44530e4f6caa683b8657a2bffd2af09e15eba1f9027e1681f3b1','6116407f02c94f2c80d1b6a02029f296');
INSERT INTO "events" VALUES(1,7,'claim','guolei','office_head','second_review','second_review','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'559d0c54376a44530e4f6caa683b8657a2bffd2af09e15eba1f9027e1681f3b1','4829e6d16f395fb262890b5bde8d23a63196ec6011b1f9d743fec11f71c23c66','7f63c9750b50481283637483399aa225');
INSERT INTO "events" VALUES(1,8,'approve','guolei','office_head','second_review','final_review','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'4829e6d16f395fb262890b5bde8d23a63196ec6011b1f9d743fec11f71c23c66','05f1a9f57749d4651420c4ecfff94a1c6f08bf3a372cd1d03fe644ef75e57ee8','d34b9aa386f1415c8a7cb03d6833c0d9');
INSERT INTO "events" VALUES(1,9,'claim','liuyang','deputy_leader','final_review','final_review','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'05f1a9f57749d4651420c4ecfff94a1c6f08bf3a372cd1d03fe644ef75e57ee8','2eff32f3400fbd458dbab98646ddcd8e3685a74c2420ce082ba3caa8422eeb7b','f61719d8f6e0443c9c74b6e8c040bda8');
INSERT INTO "events" VALUES(1,10,'approve','liuyang','deputy_leader','final_review','proofreading_1','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'2eff32f3400fbd458dbab98646ddcd8e3685a74c2420ce082ba3caa8422eeb7b','3771625d2482bb4bcda642676e00bba2577707d9bae2c37c30723272d9ad33c1','d5a850dc70464a4780fc5321acf34af3');
INSERT INTO "events" VALUES(1,11,'claim','fengyu','proofreader','proofreading_1','proofreading_1','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'3771625d2482bb4bcda642676e00bba2577707d9bae2c37c30723272d9ad33c1','1e95efd523b93199409a2171314a1f2176bb8b17645bc910b5bd6f3851aa13ce','f7154c9044c64de1b5a6e4bb4a1e9458');
INSERT INTO "events" VALUES(1,12,'approve','fengyu','proofreader','proofreading_1','proofreading_2','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'1e95efd523b93199409a2171314a1f2176bb8b17645bc910b5bd6f3851aa13ce','d6a00efb4ac189f333590c6baff036c78d7694e312edf9259cdf4ebc9a4e5561','fe8da9b3c0b346038b9d3d912a9b8343');
INSERT INTO "events" VALUES(1,13,'claim','caihong','proofreader','proofreading_2','proofreading_2','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'d6a00efb4ac189f333590c6baff036c78d7694e312edf9259cdf4ebc9a4e5561','e7463d088fdadaf3079d8523b7af14534676b3de5b81a25c37dbad0060600100','ac3b4b4bcb69494988525fbfd5acfef8');
INSERT INTO "events" VALUES(1,14,'approve','caihong','proofreader','proofreading_2','proofreading_3','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'e7463d088fdadaf3079d8523b7af14534676b3de5b81a25c37dbad0060600100','88f50a44c556eed6b0b1e7d74681cdc439d398e7241516f07db3ec1deb055299','3f4cad67bb5040479a1c49360128edde');
INSERT INTO "events" VALUES(1,15,'claim','dengyun','proofreader','proofreading_3','proofreading_3','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'88f50a44c556eed6b0b1e7d74681cdc439d398e7241516f07db3ec1deb055299','c76adf7b4fb43ca6a46ce9417cfefe59e517454dfe774ed32a2b6c6fd89737e0','414604e75b524cc68573f41742cf587d');
INSERT INTO "events" VALUES(1,16,'approve','dengyun','proofreader','proofreading_3','publishing','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','同意',NULL,'{}','2026-11-24T09:30:00.000000+08:00',1,'c76adf7b4fb43ca6a46ce9417cfefe59e517454dfe774ed32a2b6c6fd89737e0','804ac776022f911502f95413fe19b5be448a8f45ce06eebce2ff7b6a05781db8','dc873db8ac1147fd9c3e6d5858bba524');
INSERT INTO "events" VALUES(1,17,'deliver','system','system','publishing','published','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47',NULL,NULL,'{"index_number": "QHKJJ-2026-00001", "page_hash": "47f8ff339f9ca349339314c629c90e781a695a012860b6dff4ea578a29fdfbdc"}','2026-11-24T09:30:00.000000+08:00',1,'804ac776022f911502f95413fe19b5be448a8f45ce06eebce2ff7b6a05781db8','9897db73caebff4ef5b515e853ee750f47ffd340ec1fbe3be4d9e472de8c78dc','733ce6ca7cbc4fc0886fdf068e488f2f');
INSERT INTO "events" VALUES(2,1,'submit','wangfang','drafter','drafting','confidentiality_review','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{"disclosure": "proactive", "findings": "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", "kind": "notice"}','2026-11-24T09:31:00.000000+08:00',2,'0000000000000000000000000000000000000000000000000000000000000000','90c9c28cf983c2e0063ac54dd3ffc4fcca80c1a1448d8868c8bc517284e8e6ec','47f710a827ac46de859db5406ba2d353');
INSERT INTO "events" VALUES(2,2,'claim','linfeng','confidentiality_officer','confidentiality_review','confidentiality_review','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'90c9c28cf983c2e0063ac54dd3ffc4fcca80c1a1448d8868c8bc517284e8e6ec','a25ab12a6b56936ef8264bbb97cffca1c5d3ad0e9e6794d9e067297071a38aef','eff9e30de0184ec4ab24e97509497572');
INSERT INTO "events" VALUES(2,3,'approve','linfeng','confidentiality_officer','confidentiality_review','sensitivity_check','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','同意',NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'a25ab12a6b56936ef8264bbb97cffca1c5d3ad0e9e6794d9e067297071a38aef','cbf1846ac18c20fe9da98ad128e2e07a815268d3e04ba9c1033d63352b9f4c52','a75c52e2a4154a9a9d5c7ad80d57dce7');
INSERT INTO "events" VALUES(2,4,'scan_clean','system','system','sensitivity_check','first_review','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'cbf1846ac18c20fe9da98ad128e2e07a815268d3e04ba9c1033d63352b9f4c52','2d5bd8a81db6ea17ff031d925ba7d97cc6956022ec72eb84faf396f9589591cb','9ce641ee0b194ca0bd14bab674cd7b0c');
INSERT INTO "events" VALUES(2,5,'claim','luoping','department_head','first_review','first_review','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'2d5bd8a81db6ea17ff031d925ba7d97cc6956022ec72eb84faf396f9589591cb','c69db16fda8efb68f53dfe98169754cbc48817b0accef106a60f75e09d8aa258','a1bd5abdb7a74e39a0521a2fe5cf61b5');
INSERT INTO "events" VALUES(2,6,'approve','luoping','department_head','first_review','second_review','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','同意',NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'c69db16fda8efb68f53dfe98169754cbc48817b0accef106a60f75e09d8aa258','a53f8c3ffb0f5ee87483107be3ba8dbdf7d5b30df128982a5f1fd7299c77022c','f27805d18c934bc78e172747aa8cfba7');
INSERT INTO "events" VALUES(2,7,'claim','shenhua','office_head','second_review','second_review','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'a53f8c3ffb0f5ee87483107be3ba8dbdf7d5b30df128982a5f1fd7299c77022c','4f66368de47175a758891cccc7bad8a5a48882cf8533f4eb780f2c933263b08b','0d42775ede8b4596aa6fb466f897daa7');
INSERT INTO "events" VALUES(2,8,'approve','shenhua','office_head','second_review','final_review','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','同意',NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'4f66368de47175a758891cccc7bad8a5a48882cf8533f4eb780f2c933263b08b','f01eb6c4aa3d762f8de9c840c2952fead7e773c5fc3f6f6431885c79a4a30bfc','d3b7440fa8e34db29448538711c41f08');
INSERT INTO "events" VALUES(2,9,'claim','yuanjie','deputy_leader','final_review','final_review','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'f01eb6c4aa3d762f8de9c840c2952fead7e773c5fc3f6f6431885c79a4a30bfc','15103a9b6ffc470867115a9819931ebca6450dd712b96116a72d3f640b537a39','251391de14334a54a9ae11fcb3e2b914');
INSERT INTO "events" VALUES(2,10,'approve','yuanjie','deputy_leader','final_review','proofreading_1','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','同意',NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'15103a9b6ffc470867115a9819931ebca6450dd712b96116a72d3f640b537a39','9c4dfb531b440fec20bd40cbb2d586528344a2dff4c0f01ef746dadc18a6f33f','ca9417e4abbc4e5a958cca8372bf6bfd');
INSERT INTO "events" VALUES(2,11,'claim','jiangbo','proofreader','proofreading_1','proofreading_1','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'9c4dfb531b440fec20bd40cbb2d586528344a2dff4c0f01ef746dadc18a6f33f','067209a457caaf6f9af911419a7aa150ae7a8088fd66505f11e5bc38a1c6cf29','3226ede4430143b39d8059ae4ec96423');
INSERT INTO "events" VALUES(2,12,'approve','jiangbo','proofreader','proofreading_1','proofreading_2','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','同意',NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'067209a457caaf6f9af911419a7aa150ae7a8088fd66505f11e5bc38a1c6cf29','0e4521068df6a705d5ede9da02e17a1d8b3c56145fd4b36f0597e04dfb137f50','42b8771efd7d4071960dd2470aef4f78');
INSERT INTO "events" VALUES(2,13,'claim','dongmei','proofreader','proofreading_2','proofreading_2','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'0e4521068df6a705d5ede9da02e17a1d8b3c56145fd4b36f0597e04dfb137f50','c72d69aa1b2ee8e2d6877736eb32b6012582039d081e089e7aae6ffc08cf66b1','46bf7306ca6c4e2f9a6c0d16a30a33dd');
INSERT INTO "events" VALUES(2,14,'approve','dongmei','proofreader','proofreading_2','proofreading_3','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','同意',NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'c72d69aa1b2ee8e2d6877736eb32b6012582039d081e089e7aae6ffc08cf66b1','e394471313bee535d642002c5ca4c1df66ebdf17872dd7506b62df63a8101aca','b7d6b24b2fff48e2a63231528e1510c8');
INSERT INTO "events" VALUES(2,15,'claim','kongliang','proofreader','proofreading_3','proofreading_3','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'e394471313bee535d642002c5ca4c1df66ebdf17872dd7506b62df63a8101aca','6471d94972933a44e83379eb920e4e4b3739a2ba4f45c513616907af727f9e17','197a099059674b40820c537d3000a1b6');
INSERT INTO "events" VALUES(2,16,'approve','kongliang','proofreader','proofreading_3','publishing','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','同意',NULL,'{}','2026-11-24T09:31:00.000000+08:00',2,'6471d94972933a44e83379eb920e4e4b3739a2ba4f45c513616907af727f9e17','74d672c292fbd4c24ecc3c21d8e4b9870e17f38f87e06b46576d3dfeef8f5247','d27dce53cfe046418f27ede4bfcc7480');
INSERT INTO "events" VALUES(2,17,'deliver','system','system','publishing','published','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156',NULL,NULL,'{"index_number": "QHJYJ-2026-00001", "page_hash": "066b3fa3776669245419af359ebde00da55e3a4837f9999a8295d9fc01ecf51a"}','2026-11-24T09:31:00.000000+08:00',2,'74d672c292fbd4c24ecc3c21d8e4b9870e17f38f87e06b46576d3dfeef8f5247','adcb33f4919365d7050bd4bd765b9c1f04b1c6c89040b21db471ab3052d1351c','82d20072449a4a68900c51bb8109185b');
INSERT INTO "events" VALUES(3,1,'submit','wangfang','drafter','drafting','confidentiality_review','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{"disclosure": "proactive", "findings": "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945", "kind": "notice"}','2026-11-24T09:32:00.000000+08:00',1,'0000000000000000000000000000000000000000000000000000000000000000','4b0a110f6b7a931fbe5758952af3329e0e8a6d8d5bf05cb7aff20072c4a58d8b','dbd6fc953d12411d84300e9c89aad41e');
INSERT INTO "events" VALUES(3,2,'claim','linfeng','confidentiality_officer','confidentiality_review','confidentiality_review','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'4b0a110f6b7a931fbe5758952af3329e0e8a6d8d5bf05cb7aff20072c4a58d8b','5a6c0678a39912e460ea275ddfc9dba5657948cf172e8d922c298a070bf91b6f','f3a8761c3d2f4b1297cd18aaad1d28db');
INSERT INTO "events" VALUES(3,3,'approve','linfeng','confidentiality_officer','confidentiality_review','sensitivity_check','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','同意',NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'5a6c0678a39912e460ea275ddfc9dba5657948cf172e8d922c298a070bf91b6f','6a2bae55dc170a7c5049e43ea25a109b1e3c5ebcaf25a1ecc561b5555a7380a0','bdb5a55ce6ee44a6a797d286409ba201');
INSERT INTO "events" VALUES(3,4,'scan_clean','system','system','sensitivity_check','first_review','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'6a2bae55dc170a7c5049e43ea25a109b1e3c5ebcaf25a1ecc561b5555a7380a0','757cd1c2296dd7e029b4498bd01ca2ee4dfb4c8b290a80a306722c5241b2f1c2','191e451038894aed861901e141c2db87');
INSERT INTO "events" VALUES(3,5,'claim','chenjun','department_head','first_review','first_review','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'757cd1c2296dd7e029b4498bd01ca2ee4dfb4c8b290a80a306722c5241b2f1c2','6e9eca0da997669e65057a6186228f1445eca12a40cf562d75504590635d15d2','9d9307d8df0744f4b79e5ce744e73571');
INSERT INTO "events" VALUES(3,6,'approve','chenjun','department_head','first_review','second_review','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','同意',NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'6e9eca0da997669e65057a6186228f1445eca12a40cf562d75504590635d15d2','4ca0cf14f6d5a5311e4f3409f9f089784729ecd3c6a9357e9da63d8e5d94e98c','9c4e957af86141059313272b611b56b3');
INSERT INTO "events" VALUES(3,7,'claim','guolei','office_head','second_review','second_review','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'4ca0cf14f6d5a5311e4f3409f9f089784729ecd3c6a9357e9da63d8e5d94e98c','c3404818e6cfc4c3b6a9de2a1464561b27366b2747cf8c3f6a91cc8adf8e158f','705ce2b1680546e29f226fea88ed2f70');
INSERT INTO "events" VALUES(3,8,'approve','guolei','office_head','second_review','final_review','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','同意',NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'c3404818e6cfc4c3b6a9de2a1464561b27366b2747cf8c3f6a91cc8adf8e158f','a38d04449902de59b50843b2ad69b01ca081acc5d675244022e6f532aee42885','e86e9e4538ab42bfbaabb7512470a6ee');
INSERT INTO "events" VALUES(3,9,'claim','liuyang','deputy_leader','final_review','final_review','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'a38d04449902de59b50843b2ad69b01ca081acc5d675244022e6f532aee42885','f81fd80e8e7815f4692f9cba38bcdd94b98a15f216aea02e377f369a17412925','3cb09d560ed649d2b771a6b2e36c887d');
INSERT INTO "events" VALUES(3,10,'approve','liuyang','deputy_leader','final_review','proofreading_1','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','同意',NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'f81fd80e8e7815f4692f9cba38bcdd94b98a15f216aea02e377f369a17412925','4d7d27f1b7c7f81472d4b6ec9bd5ad88b46b60bf2d65a61101c18f5f26be04c9','ff289a1a93a2444ebc7dd19385a0feef');
INSERT INTO "events" VALUES(3,11,'claim','fengyu','proofreader','proofreading_1','proofreading_1','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'4d7d27f1b7c7f81472d4b6ec9bd5ad88b46b60bf2d65a61101c18f5f26be04c9','4739e9968c82dffa2eec0a86f6c32e71d8e406ffab1a902233081b30d680fc7e','d47c4daa0b2c419f84f243b11bdae205');
INSERT INTO "events" VALUES(3,12,'approve','fengyu','proofreader','proofreading_1','proofreading_2','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','同意',NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'4739e9968c82dffa2eec0a86f6c32e71d8e406ffab1a902233081b30d680fc7e','a4d09603e09f95dede763f0eaf4379ccdca918b6a121864206f10482d899deac','321f735d40634a3b80d3db5d89ac1da8');
INSERT INTO "events" VALUES(3,13,'claim','caihong','proofreader','proofreading_2','proofreading_2','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'a4d09603e09f95dede763f0eaf4379ccdca918b6a121864206f10482d899deac','60533f7fe963b04b2af5bc693c2a375dfd3100dc796cd94b23a32ed02cef7a71','5e8da331fc674c1fbfd66ea33911d451');
INSERT INTO "events" VALUES(3,14,'approve','caihong','proofreader','proofreading_2','proofreading_3','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','同意',NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'60533f7fe963b04b2af5bc693c2a375dfd3100dc796cd94b23a32ed02cef7a71','a992979a020f2f3f0be6bda7ec21edf79478389f2373505b058ae095f0ddce4e','1ee8a61be3c8433abd9362f184ca1657');
INSERT INTO "events" VALUES(3,15,'claim','dengyun','proofreader','proofreading_3','proofreading_3','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'a992979a020f2f3f0be6bda7ec21edf79478389f2373505b058ae095f0ddce4e','13abe4431d37c28d56e7079c7e13dd7f68e763069a8ad8866224c1fa34b5b7fa','f3138ef1704046478603ae6677b8bad9');
INSERT INTO "events" VALUES(3,16,'approve','dengyun','proofreader','proofreading_3','publishing','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','同意',NULL,'{}','2026-11-24T09:32:00.000000+08:00',1,'13abe4431d37c28d56e7079c7e13dd7f68e763069a8ad8866224c1fa34b5b7fa','6b86e688a36461b2c76339958ccaa0958794d915c8243361bfd5110d16a24b92','278a63e4389c49e9ba77be30bd2982bf');
INSERT INTO "events" VALUES(3,17,'deliver','system','system','publishing','published','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb',NULL,NULL,'{"index_number": "QHKJJ-2026-00002", "page_hash": "48bd093f05ba9482a7ac9fd7ee433e3a3df8f6e569cecd8d9daa8712e57425a1"}','2026-11-24T09:32:00.000000+08:00',1,'6b86e688a36461b2c76339958ccaa0958794d915c8243361bfd5110d16a24b92','5bd6cb8e77a92b69f06d239d5a9cd87e231ef8cfa688c1b94b6d252673bd2552','7349669d86af403bab9725009d55eeb1');
INSERT INTO "events" VALUES(3,18,'retract','liuyang','deputy_leader','published','retracted','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','数据有误',NULL,'{}','2026-11-24T10:30:00.000000+08:00',1,'5bd6cb8e77a92b69f06d239d5a9cd87e231ef8cfa688c1b94b6d252673bd2552','80ebc076c8b20737432c10231fffb7bfe3a7a58e5dc3d4582b8ae4b69e5eb331','d49a3331bc3044488093031908788fce');
CREATE TABLE "index_counters" (
	prefix VARCHAR(64) NOT NULL, 
	year INTEGER NOT NULL, 
	last INTEGER NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_index_counters PRIMARY KEY (organisation_id, prefix, year), 
	CONSTRAINT fk_index_counters_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id)
);
INSERT INTO "index_counters" VALUES('QHKJJ',2026,2,1);
INSERT INTO "index_counters" VALUES('QHJYJ',2026,1,2);
CREATE TABLE installation (
	id VARCHAR(32) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "installation" VALUES('7b5c1a220c8244b3b5bee3b1e4605c55','migration 0002');
CREATE TABLE "items" (
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
	kind VARCHAR(64), 
	interprets INTEGER, 
	interpretation_form VARCHAR(64), 
	intended_on VARCHAR(10), 
	disclosure_ground VARCHAR(32), 
	disclosure_reason TEXT, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_items PRIMARY KEY (id), 
	CONSTRAINT fk_items_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	CONSTRAINT fk_items_drafter_people_org FOREIGN KEY(organisation_id, drafter) REFERENCES people (organisation_id, username), 
	CONSTRAINT fk_items_department_id_departments_org FOREIGN KEY(organisation_id, department_id) REFERENCES departments (organisation_id, id), 
	UNIQUE (index_number)
);
INSERT INTO "items" VALUES(1,'科技局第一篇','wangfang','planning','published',18,'5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','proactive','','website',NULL,'QHKJJ-2026-00001',17,'9897db73caebff4ef5b515e853ee750f47ffd340ec1fbe3be4d9e472de8c78dc','2026-11-24T09:30:00.000000+08:00','2026-11-24T09:30:00.000000+08:00','notice',NULL,NULL,NULL,NULL,NULL,1);
INSERT INTO "items" VALUES(2,'教育局的通知','wangfang','basic','published',18,'13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','proactive','','website',NULL,'QHJYJ-2026-00001',17,'adcb33f4919365d7050bd4bd765b9c1f04b1c6c89040b21db471ab3052d1351c','2026-11-24T09:31:00.000000+08:00','2026-11-24T09:31:00.000000+08:00','notice',NULL,NULL,NULL,NULL,NULL,2);
INSERT INTO "items" VALUES(3,'科技局第二篇','wangfang','planning','retracted',19,'c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','proactive','','website',NULL,'QHKJJ-2026-00002',18,'80ebc076c8b20737432c10231fffb7bfe3a7a58e5dc3d4582b8ae4b69e5eb331','2026-11-24T09:32:00.000000+08:00','2026-11-24T10:30:00.000000+08:00','notice',NULL,NULL,NULL,NULL,NULL,1);
CREATE TABLE "jobs" (
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
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_jobs PRIMARY KEY (id), 
	CONSTRAINT fk_jobs_item_id_items FOREIGN KEY(item_id) REFERENCES items (id), 
	CONSTRAINT fk_jobs_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	UNIQUE ("key")
);
INSERT INTO "jobs" VALUES(1,'sensitivity_check',1,'sensitivity_check:1:3','pending',0,NULL,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "jobs" VALUES(2,'publish',1,'publish:1:16','pending',0,NULL,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "jobs" VALUES(3,'sensitivity_check',2,'sensitivity_check:2:3','pending',0,NULL,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "jobs" VALUES(4,'publish',2,'publish:2:16','pending',0,NULL,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "jobs" VALUES(5,'sensitivity_check',3,'sensitivity_check:3:3','pending',0,NULL,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "jobs" VALUES(6,'publish',3,'publish:3:16','pending',0,NULL,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "jobs" VALUES(7,'retract',3,'retract:3:18','pending',0,NULL,NULL,NULL,'2026-11-24T10:30:00.000000+08:00',NULL,1);
CREATE TABLE organisations (
	id INTEGER NOT NULL, 
	code VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id), 
	UNIQUE (code)
);
INSERT INTO "organisations" VALUES(1,'QHKJJ','清河县科学技术局','2026-11-24T09:30:00+08:00');
INSERT INTO "organisations" VALUES(2,'QHJYJ','清河县教育局','2026-11-24T09:30:00+08:00');
CREATE TABLE "outbox" (
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
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_outbox PRIMARY KEY (id), 
	CONSTRAINT fk_outbox_item_id_items FOREIGN KEY(item_id) REFERENCES items (id), 
	CONSTRAINT fk_outbox_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	UNIQUE ("key")
);
INSERT INTO "outbox" VALUES(1,'1:1:task_waiting:linfeng',1,'task_waiting','linfeng','linfeng@kjj.qinghe.example','【待保密审查】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "科技局第一篇"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.1.task.waiting.linfeng.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(2,'1:1:task_waiting:songjia',1,'task_waiting','songjia','songjia@kjj.qinghe.example','【待保密审查】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-12-03 09:30", "due_note": null, "subject": {"stage_name": "保密审查", "title": "科技局第一篇"}, "person": {"name": "宋佳", "username": "songjia"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.1.task.waiting.songjia.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(3,'1:4:task_waiting:chenjun',1,'task_waiting','chenjun','chenjun@kjj.qinghe.example','【待初审】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "初审", "title": "科技局第一篇"}, "person": {"name": "陈军", "username": "chenjun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.4.task.waiting.chenjun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(4,'1:4:task_waiting:yangxue',1,'task_waiting','yangxue','yangxue@kjj.qinghe.example','【待初审】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "初审", "title": "科技局第一篇"}, "person": {"name": "杨雪", "username": "yangxue"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.4.task.waiting.yangxue.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(5,'1:6:task_waiting:guolei',1,'task_waiting','guolei','guolei@kjj.qinghe.example','【待复审】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "复审", "actor_name": "陈军", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "复审", "title": "科技局第一篇"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.6.task.waiting.guolei.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(6,'1:6:task_waiting:mayan',1,'task_waiting','mayan','mayan@kjj.qinghe.example','【待复审】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "复审", "actor_name": "陈军", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "复审", "title": "科技局第一篇"}, "person": {"name": "马艳", "username": "mayan"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.6.task.waiting.mayan.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(7,'1:8:task_waiting:liuyang',1,'task_waiting','liuyang','liuyang@kjj.qinghe.example','【待终审】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "终审", "actor_name": "郭磊", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "终审", "title": "科技局第一篇"}, "person": {"name": "刘洋", "username": "liuyang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.8.task.waiting.liuyang.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(8,'1:8:task_waiting:zhangwei',1,'task_waiting','zhangwei','zhangwei@kjj.qinghe.example','【待终审】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "终审", "actor_name": "郭磊", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "终审", "title": "科技局第一篇"}, "person": {"name": "张伟", "username": "zhangwei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.8.task.waiting.zhangwei.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(9,'1:8:task_waiting:zhengguo',1,'task_waiting','zhengguo','zhengguo@kjj.qinghe.example','【待终审】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "终审", "actor_name": "郭磊", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-27 09:30", "due_note": null, "subject": {"stage_name": "终审", "title": "科技局第一篇"}, "person": {"name": "郑国", "username": "zhengguo"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.8.task.waiting.zhengguo.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(10,'1:10:task_waiting:fengyu',1,'task_waiting','fengyu','fengyu@kjj.qinghe.example','【待一校】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "一校", "title": "科技局第一篇"}, "person": {"name": "冯雨", "username": "fengyu"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.10.task.waiting.fengyu.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(11,'1:10:task_waiting:caihong',1,'task_waiting','caihong','caihong@kjj.qinghe.example','【待一校】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "一校", "title": "科技局第一篇"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.10.task.waiting.caihong.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(12,'1:10:task_waiting:dengyun',1,'task_waiting','dengyun','dengyun@kjj.qinghe.example','【待一校】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "一校", "title": "科技局第一篇"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.10.task.waiting.dengyun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(13,'1:10:task_waiting:panlin',1,'task_waiting','panlin','panlin@kjj.qinghe.example','【待一校】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "一校", "title": "科技局第一篇"}, "person": {"name": "潘琳", "username": "panlin"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.10.task.waiting.panlin.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(14,'1:12:task_waiting:caihong',1,'task_waiting','caihong','caihong@kjj.qinghe.example','【待二校】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "二校", "actor_name": "冯雨", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "二校", "title": "科技局第一篇"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.12.task.waiting.caihong.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(15,'1:12:task_waiting:dengyun',1,'task_waiting','dengyun','dengyun@kjj.qinghe.example','【待二校】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "二校", "actor_name": "冯雨", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "二校", "title": "科技局第一篇"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.12.task.waiting.dengyun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(16,'1:12:task_waiting:panlin',1,'task_waiting','panlin','panlin@kjj.qinghe.example','【待二校】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "二校", "actor_name": "冯雨", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "二校", "title": "科技局第一篇"}, "person": {"name": "潘琳", "username": "panlin"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.12.task.waiting.panlin.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(17,'1:14:task_waiting:dengyun',1,'task_waiting','dengyun','dengyun@kjj.qinghe.example','【待三校】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "三校", "actor_name": "蔡虹", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "三校", "title": "科技局第一篇"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.14.task.waiting.dengyun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(18,'1:14:task_waiting:panlin',1,'task_waiting','panlin','panlin@kjj.qinghe.example','【待三校】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "三校", "actor_name": "蔡虹", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "2026-11-25 09:30", "due_note": null, "subject": {"stage_name": "三校", "title": "科技局第一篇"}, "person": {"name": "潘琳", "username": "panlin"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.14.task.waiting.panlin.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(19,'1:17:published:wangfang',1,'published','wangfang','wangfang@kjj.qinghe.example','【已发布】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第一篇"}, "person": {"name": "王芳", "username": "wangfang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.wangfang.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(20,'1:17:published:caihong',1,'published','caihong','caihong@kjj.qinghe.example','【已发布】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第一篇"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.caihong.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(21,'1:17:published:chenjun',1,'published','chenjun','chenjun@kjj.qinghe.example','【已发布】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第一篇"}, "person": {"name": "陈军", "username": "chenjun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.chenjun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(22,'1:17:published:dengyun',1,'published','dengyun','dengyun@kjj.qinghe.example','【已发布】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第一篇"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.dengyun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(23,'1:17:published:fengyu',1,'published','fengyu','fengyu@kjj.qinghe.example','【已发布】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第一篇"}, "person": {"name": "冯雨", "username": "fengyu"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.fengyu.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(24,'1:17:published:guolei',1,'published','guolei','guolei@kjj.qinghe.example','【已发布】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第一篇"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.guolei.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(25,'1:17:published:linfeng',1,'published','linfeng','linfeng@kjj.qinghe.example','【已发布】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第一篇"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.linfeng.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(26,'1:17:published:liuyang',1,'published','liuyang','liuyang@kjj.qinghe.example','【已发布】科技局第一篇','{"item": {"id": 1, "title": "科技局第一篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00001", "link": "http://127.0.0.1:8000/site/items/1.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第一篇"}, "person": {"name": "刘洋", "username": "liuyang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:30:00+08:00"}','<1.17.published.liuyang.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(27,'2:1:task_waiting:linfeng',2,'task_waiting','linfeng','linfeng@jyj.qinghe.example','【待保密审查】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "保密审查", "actor_name": "王芳芳", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-12-08 09:31", "due_note": null, "subject": {"stage_name": "保密审查", "title": "教育局的通知"}, "person": {"name": "林风", "username": "linfeng"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.1.task.waiting.linfeng.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(28,'2:1:task_waiting:qiuyue',2,'task_waiting','qiuyue','qiuyue@jyj.qinghe.example','【待保密审查】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "保密审查", "actor_name": "王芳芳", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-12-08 09:31", "due_note": null, "subject": {"stage_name": "保密审查", "title": "教育局的通知"}, "person": {"name": "邱月", "username": "qiuyue"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.1.task.waiting.qiuyue.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(29,'2:4:task_waiting:luoping',2,'task_waiting','luoping','luoping@jyj.qinghe.example','【待初审】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-26 09:31", "due_note": null, "subject": {"stage_name": "初审", "title": "教育局的通知"}, "person": {"name": "罗平", "username": "luoping"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.4.task.waiting.luoping.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(30,'2:4:task_waiting:jiangbo',2,'task_waiting','jiangbo','jiangbo@jyj.qinghe.example','【待初审】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-26 09:31", "due_note": null, "subject": {"stage_name": "初审", "title": "教育局的通知"}, "person": {"name": "江波", "username": "jiangbo"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.4.task.waiting.jiangbo.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(31,'2:6:task_waiting:shenhua',2,'task_waiting','shenhua','shenhua@jyj.qinghe.example','【待复审】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "复审", "actor_name": "罗平", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-26 09:31", "due_note": null, "subject": {"stage_name": "复审", "title": "教育局的通知"}, "person": {"name": "沈华", "username": "shenhua"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.6.task.waiting.shenhua.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(32,'2:6:task_waiting:dongmei',2,'task_waiting','dongmei','dongmei@jyj.qinghe.example','【待复审】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "复审", "actor_name": "罗平", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-26 09:31", "due_note": null, "subject": {"stage_name": "复审", "title": "教育局的通知"}, "person": {"name": "董梅", "username": "dongmei"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.6.task.waiting.dongmei.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(33,'2:8:task_waiting:yuanjie',2,'task_waiting','yuanjie','yuanjie@jyj.qinghe.example','【待终审】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "终审", "actor_name": "沈华", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-27 09:31", "due_note": null, "subject": {"stage_name": "终审", "title": "教育局的通知"}, "person": {"name": "袁杰", "username": "yuanjie"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.8.task.waiting.yuanjie.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(34,'2:8:task_waiting:kongliang',2,'task_waiting','kongliang','kongliang@jyj.qinghe.example','【待终审】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "终审", "actor_name": "沈华", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-27 09:31", "due_note": null, "subject": {"stage_name": "终审", "title": "教育局的通知"}, "person": {"name": "孔亮", "username": "kongliang"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.8.task.waiting.kongliang.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(35,'2:10:task_waiting:luoping',2,'task_waiting','luoping','luoping@jyj.qinghe.example','【待一校】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "一校", "actor_name": "袁杰", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-25 09:31", "due_note": null, "subject": {"stage_name": "一校", "title": "教育局的通知"}, "person": {"name": "罗平", "username": "luoping"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.10.task.waiting.luoping.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(36,'2:10:task_waiting:jiangbo',2,'task_waiting','jiangbo','jiangbo@jyj.qinghe.example','【待一校】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "一校", "actor_name": "袁杰", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-25 09:31", "due_note": null, "subject": {"stage_name": "一校", "title": "教育局的通知"}, "person": {"name": "江波", "username": "jiangbo"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.10.task.waiting.jiangbo.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(37,'2:10:task_waiting:dongmei',2,'task_waiting','dongmei','dongmei@jyj.qinghe.example','【待一校】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "一校", "actor_name": "袁杰", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-25 09:31", "due_note": null, "subject": {"stage_name": "一校", "title": "教育局的通知"}, "person": {"name": "董梅", "username": "dongmei"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.10.task.waiting.dongmei.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(38,'2:10:task_waiting:kongliang',2,'task_waiting','kongliang','kongliang@jyj.qinghe.example','【待一校】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "一校", "actor_name": "袁杰", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-25 09:31", "due_note": null, "subject": {"stage_name": "一校", "title": "教育局的通知"}, "person": {"name": "孔亮", "username": "kongliang"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.10.task.waiting.kongliang.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(39,'2:12:task_waiting:shenhua',2,'task_waiting','shenhua','shenhua@jyj.qinghe.example','【待二校】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "二校", "actor_name": "江波", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-25 09:31", "due_note": null, "subject": {"stage_name": "二校", "title": "教育局的通知"}, "person": {"name": "沈华", "username": "shenhua"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.12.task.waiting.shenhua.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(40,'2:12:task_waiting:dongmei',2,'task_waiting','dongmei','dongmei@jyj.qinghe.example','【待二校】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "二校", "actor_name": "江波", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-25 09:31", "due_note": null, "subject": {"stage_name": "二校", "title": "教育局的通知"}, "person": {"name": "董梅", "username": "dongmei"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.12.task.waiting.dongmei.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(41,'2:12:task_waiting:kongliang',2,'task_waiting','kongliang','kongliang@jyj.qinghe.example','【待二校】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "二校", "actor_name": "江波", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-25 09:31", "due_note": null, "subject": {"stage_name": "二校", "title": "教育局的通知"}, "person": {"name": "孔亮", "username": "kongliang"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.12.task.waiting.kongliang.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(42,'2:14:task_waiting:yuanjie',2,'task_waiting','yuanjie','yuanjie@jyj.qinghe.example','【待三校】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "三校", "actor_name": "董梅", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-25 09:31", "due_note": null, "subject": {"stage_name": "三校", "title": "教育局的通知"}, "person": {"name": "袁杰", "username": "yuanjie"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.14.task.waiting.yuanjie.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(43,'2:14:task_waiting:kongliang',2,'task_waiting','kongliang','kongliang@jyj.qinghe.example','【待三校】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": "同意"}, "organisation": "清河县教育局", "stage_name": "三校", "actor_name": "董梅", "drafter_name": "王芳芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "2026-11-25 09:31", "due_note": null, "subject": {"stage_name": "三校", "title": "教育局的通知"}, "person": {"name": "孔亮", "username": "kongliang"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.14.task.waiting.kongliang.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(44,'2:17:published:wangfang',2,'published','wangfang','wangfang@jyj.qinghe.example','【已发布】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "QHJYJ-2026-00001", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "教育局的通知"}, "person": {"name": "王芳芳", "username": "wangfang"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.17.published.wangfang.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(45,'2:17:published:dongmei',2,'published','dongmei','dongmei@jyj.qinghe.example','【已发布】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "QHJYJ-2026-00001", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "教育局的通知"}, "person": {"name": "董梅", "username": "dongmei"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.17.published.dongmei.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(46,'2:17:published:jiangbo',2,'published','jiangbo','jiangbo@jyj.qinghe.example','【已发布】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "QHJYJ-2026-00001", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "教育局的通知"}, "person": {"name": "江波", "username": "jiangbo"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.17.published.jiangbo.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(47,'2:17:published:kongliang',2,'published','kongliang','kongliang@jyj.qinghe.example','【已发布】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "QHJYJ-2026-00001", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "教育局的通知"}, "person": {"name": "孔亮", "username": "kongliang"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.17.published.kongliang.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(48,'2:17:published:linfeng',2,'published','linfeng','linfeng@jyj.qinghe.example','【已发布】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "QHJYJ-2026-00001", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "教育局的通知"}, "person": {"name": "林风", "username": "linfeng"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.17.published.linfeng.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(49,'2:17:published:luoping',2,'published','luoping','luoping@jyj.qinghe.example','【已发布】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "QHJYJ-2026-00001", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "教育局的通知"}, "person": {"name": "罗平", "username": "luoping"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.17.published.luoping.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(50,'2:17:published:shenhua',2,'published','shenhua','shenhua@jyj.qinghe.example','【已发布】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "QHJYJ-2026-00001", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "教育局的通知"}, "person": {"name": "沈华", "username": "shenhua"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.17.published.shenhua.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(51,'2:17:published:yuanjie',2,'published','yuanjie','yuanjie@jyj.qinghe.example','【已发布】教育局的通知','{"item": {"id": 2, "title": "教育局的通知"}, "event": {"opinion": ""}, "organisation": "清河县教育局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳芳", "ground_name": "", "index_number": "QHJYJ-2026-00001", "link": "http://127.0.0.1:8000/site-jyj/items/2.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "教育局的通知"}, "person": {"name": "袁杰", "username": "yuanjie"}, "sender": "xxgk@jyj.qinghe.example", "written_at": "2026-11-24T09:31:00+08:00"}','<2.17.published.yuanjie.7b5c1a220c8244b3b5bee3b1e4605c55@jyj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:31:00.000000+08:00',NULL,2);
INSERT INTO "outbox" VALUES(52,'3:1:task_waiting:linfeng',3,'task_waiting','linfeng','linfeng@kjj.qinghe.example','【待保密审查】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-12-03 09:32", "due_note": null, "subject": {"stage_name": "保密审查", "title": "科技局第二篇"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.1.task.waiting.linfeng.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(53,'3:1:task_waiting:songjia',3,'task_waiting','songjia','songjia@kjj.qinghe.example','【待保密审查】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "保密审查", "actor_name": "王芳", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-12-03 09:32", "due_note": null, "subject": {"stage_name": "保密审查", "title": "科技局第二篇"}, "person": {"name": "宋佳", "username": "songjia"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.1.task.waiting.songjia.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(54,'3:4:task_waiting:chenjun',3,'task_waiting','chenjun','chenjun@kjj.qinghe.example','【待初审】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-27 09:32", "due_note": null, "subject": {"stage_name": "初审", "title": "科技局第二篇"}, "person": {"name": "陈军", "username": "chenjun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.4.task.waiting.chenjun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(55,'3:4:task_waiting:yangxue',3,'task_waiting','yangxue','yangxue@kjj.qinghe.example','【待初审】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "初审", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-27 09:32", "due_note": null, "subject": {"stage_name": "初审", "title": "科技局第二篇"}, "person": {"name": "杨雪", "username": "yangxue"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.4.task.waiting.yangxue.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(56,'3:6:task_waiting:guolei',3,'task_waiting','guolei','guolei@kjj.qinghe.example','【待复审】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "复审", "actor_name": "陈军", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-27 09:32", "due_note": null, "subject": {"stage_name": "复审", "title": "科技局第二篇"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.6.task.waiting.guolei.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(57,'3:6:task_waiting:mayan',3,'task_waiting','mayan','mayan@kjj.qinghe.example','【待复审】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "复审", "actor_name": "陈军", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-27 09:32", "due_note": null, "subject": {"stage_name": "复审", "title": "科技局第二篇"}, "person": {"name": "马艳", "username": "mayan"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.6.task.waiting.mayan.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(58,'3:8:task_waiting:liuyang',3,'task_waiting','liuyang','liuyang@kjj.qinghe.example','【待终审】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "终审", "actor_name": "郭磊", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-27 09:32", "due_note": null, "subject": {"stage_name": "终审", "title": "科技局第二篇"}, "person": {"name": "刘洋", "username": "liuyang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.8.task.waiting.liuyang.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(59,'3:8:task_waiting:zhangwei',3,'task_waiting','zhangwei','zhangwei@kjj.qinghe.example','【待终审】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "终审", "actor_name": "郭磊", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-27 09:32", "due_note": null, "subject": {"stage_name": "终审", "title": "科技局第二篇"}, "person": {"name": "张伟", "username": "zhangwei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.8.task.waiting.zhangwei.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(60,'3:8:task_waiting:zhengguo',3,'task_waiting','zhengguo','zhengguo@kjj.qinghe.example','【待终审】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "终审", "actor_name": "郭磊", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-27 09:32", "due_note": null, "subject": {"stage_name": "终审", "title": "科技局第二篇"}, "person": {"name": "郑国", "username": "zhengguo"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.8.task.waiting.zhengguo.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(61,'3:10:task_waiting:fengyu',3,'task_waiting','fengyu','fengyu@kjj.qinghe.example','【待一校】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-25 09:32", "due_note": null, "subject": {"stage_name": "一校", "title": "科技局第二篇"}, "person": {"name": "冯雨", "username": "fengyu"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.10.task.waiting.fengyu.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(62,'3:10:task_waiting:caihong',3,'task_waiting','caihong','caihong@kjj.qinghe.example','【待一校】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-25 09:32", "due_note": null, "subject": {"stage_name": "一校", "title": "科技局第二篇"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.10.task.waiting.caihong.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(63,'3:10:task_waiting:dengyun',3,'task_waiting','dengyun','dengyun@kjj.qinghe.example','【待一校】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-25 09:32", "due_note": null, "subject": {"stage_name": "一校", "title": "科技局第二篇"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.10.task.waiting.dengyun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(64,'3:10:task_waiting:panlin',3,'task_waiting','panlin','panlin@kjj.qinghe.example','【待一校】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "一校", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-25 09:32", "due_note": null, "subject": {"stage_name": "一校", "title": "科技局第二篇"}, "person": {"name": "潘琳", "username": "panlin"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.10.task.waiting.panlin.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(65,'3:12:task_waiting:caihong',3,'task_waiting','caihong','caihong@kjj.qinghe.example','【待二校】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "二校", "actor_name": "冯雨", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-25 09:32", "due_note": null, "subject": {"stage_name": "二校", "title": "科技局第二篇"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.12.task.waiting.caihong.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(66,'3:12:task_waiting:dengyun',3,'task_waiting','dengyun','dengyun@kjj.qinghe.example','【待二校】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "二校", "actor_name": "冯雨", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-25 09:32", "due_note": null, "subject": {"stage_name": "二校", "title": "科技局第二篇"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.12.task.waiting.dengyun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(67,'3:12:task_waiting:panlin',3,'task_waiting','panlin','panlin@kjj.qinghe.example','【待二校】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "二校", "actor_name": "冯雨", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-25 09:32", "due_note": null, "subject": {"stage_name": "二校", "title": "科技局第二篇"}, "person": {"name": "潘琳", "username": "panlin"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.12.task.waiting.panlin.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(68,'3:14:task_waiting:dengyun',3,'task_waiting','dengyun','dengyun@kjj.qinghe.example','【待三校】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "三校", "actor_name": "蔡虹", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-25 09:32", "due_note": null, "subject": {"stage_name": "三校", "title": "科技局第二篇"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.14.task.waiting.dengyun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(69,'3:14:task_waiting:panlin',3,'task_waiting','panlin','panlin@kjj.qinghe.example','【待三校】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "同意"}, "organisation": "清河县科学技术局", "stage_name": "三校", "actor_name": "蔡虹", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "2026-11-25 09:32", "due_note": null, "subject": {"stage_name": "三校", "title": "科技局第二篇"}, "person": {"name": "潘琳", "username": "panlin"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.14.task.waiting.panlin.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(70,'3:17:published:wangfang',3,'published','wangfang','wangfang@kjj.qinghe.example','【已发布】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00002", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第二篇"}, "person": {"name": "王芳", "username": "wangfang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.17.published.wangfang.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(71,'3:17:published:caihong',3,'published','caihong','caihong@kjj.qinghe.example','【已发布】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00002", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第二篇"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.17.published.caihong.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(72,'3:17:published:chenjun',3,'published','chenjun','chenjun@kjj.qinghe.example','【已发布】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00002", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第二篇"}, "person": {"name": "陈军", "username": "chenjun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.17.published.chenjun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(73,'3:17:published:dengyun',3,'published','dengyun','dengyun@kjj.qinghe.example','【已发布】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00002", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第二篇"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.17.published.dengyun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(74,'3:17:published:fengyu',3,'published','fengyu','fengyu@kjj.qinghe.example','【已发布】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00002", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第二篇"}, "person": {"name": "冯雨", "username": "fengyu"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.17.published.fengyu.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(75,'3:17:published:guolei',3,'published','guolei','guolei@kjj.qinghe.example','【已发布】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00002", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第二篇"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.17.published.guolei.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(76,'3:17:published:linfeng',3,'published','linfeng','linfeng@kjj.qinghe.example','【已发布】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00002", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第二篇"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.17.published.linfeng.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(77,'3:17:published:liuyang',3,'published','liuyang','liuyang@kjj.qinghe.example','【已发布】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": ""}, "organisation": "清河县科学技术局", "stage_name": "发布中", "actor_name": "系统", "drafter_name": "王芳", "ground_name": "", "index_number": "QHKJJ-2026-00002", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "发布中", "title": "科技局第二篇"}, "person": {"name": "刘洋", "username": "liuyang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T09:32:00+08:00"}','<3.17.published.liuyang.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T09:32:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(78,'3:18:retracted:wangfang',3,'retracted','wangfang','wangfang@kjj.qinghe.example','【已撤稿】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "数据有误"}, "organisation": "清河县科学技术局", "stage_name": "已发布", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "已发布", "title": "科技局第二篇"}, "person": {"name": "王芳", "username": "wangfang"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T10:30:00+08:00"}','<3.18.retracted.wangfang.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T10:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(79,'3:18:retracted:caihong',3,'retracted','caihong','caihong@kjj.qinghe.example','【已撤稿】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "数据有误"}, "organisation": "清河县科学技术局", "stage_name": "已发布", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "已发布", "title": "科技局第二篇"}, "person": {"name": "蔡虹", "username": "caihong"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T10:30:00+08:00"}','<3.18.retracted.caihong.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T10:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(80,'3:18:retracted:chenjun',3,'retracted','chenjun','chenjun@kjj.qinghe.example','【已撤稿】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "数据有误"}, "organisation": "清河县科学技术局", "stage_name": "已发布", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "已发布", "title": "科技局第二篇"}, "person": {"name": "陈军", "username": "chenjun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T10:30:00+08:00"}','<3.18.retracted.chenjun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T10:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(81,'3:18:retracted:dengyun',3,'retracted','dengyun','dengyun@kjj.qinghe.example','【已撤稿】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "数据有误"}, "organisation": "清河县科学技术局", "stage_name": "已发布", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "已发布", "title": "科技局第二篇"}, "person": {"name": "邓云", "username": "dengyun"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T10:30:00+08:00"}','<3.18.retracted.dengyun.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T10:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(82,'3:18:retracted:fengyu',3,'retracted','fengyu','fengyu@kjj.qinghe.example','【已撤稿】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "数据有误"}, "organisation": "清河县科学技术局", "stage_name": "已发布", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "已发布", "title": "科技局第二篇"}, "person": {"name": "冯雨", "username": "fengyu"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T10:30:00+08:00"}','<3.18.retracted.fengyu.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T10:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(83,'3:18:retracted:guolei',3,'retracted','guolei','guolei@kjj.qinghe.example','【已撤稿】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "数据有误"}, "organisation": "清河县科学技术局", "stage_name": "已发布", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "已发布", "title": "科技局第二篇"}, "person": {"name": "郭磊", "username": "guolei"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T10:30:00+08:00"}','<3.18.retracted.guolei.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T10:30:00.000000+08:00',NULL,1);
INSERT INTO "outbox" VALUES(84,'3:18:retracted:linfeng',3,'retracted','linfeng','linfeng@kjj.qinghe.example','【已撤稿】科技局第二篇','{"item": {"id": 3, "title": "科技局第二篇"}, "event": {"opinion": "数据有误"}, "organisation": "清河县科学技术局", "stage_name": "已发布", "actor_name": "刘洋", "drafter_name": "王芳", "ground_name": "", "index_number": "", "link": "http://127.0.0.1:8000/site/items/3.html", "due_at": "", "due_note": null, "subject": {"stage_name": "已发布", "title": "科技局第二篇"}, "person": {"name": "林峰", "username": "linfeng"}, "sender": "xxgk@kjj.qinghe.example", "written_at": "2026-11-24T10:30:00+08:00"}','<3.18.retracted.linfeng.7b5c1a220c8244b3b5bee3b1e4605c55@kjj.qinghe.example>','pending',0,NULL,NULL,'2026-11-24T10:30:00.000000+08:00',NULL,1);
CREATE TABLE "people" (
	username VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	department_id VARCHAR(64) NOT NULL, 
	email VARCHAR(320), 
	notify VARCHAR(16) NOT NULL, 
	active BOOLEAN NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_people PRIMARY KEY (organisation_id, username), 
	CONSTRAINT fk_people_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	CONSTRAINT fk_people_department_id_departments_org FOREIGN KEY(organisation_id, department_id) REFERENCES departments (organisation_id, id)
);
INSERT INTO "people" VALUES('wangfang','王芳','planning','wangfang@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('liqiang','李强','planning','liqiang@kjj.qinghe.example','digest',1,1);
INSERT INTO "people" VALUES('zhaomin','赵敏','hitech','zhaomin@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('sunli','孙丽','rural','sunli@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('zhouhui','周慧','office','zhouhui@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('chenjun','陈军','planning','chenjun@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('yangxue','杨雪','planning','yangxue@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('huangtao','黄涛','hitech','huangtao@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('wujing','吴静','hitech','wujing@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('xuming','徐明','rural','xuming@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('hexin','何欣','rural','hexin@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('guolei','郭磊','office','guolei@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('mayan','马艳','office','mayan@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('linfeng','林峰','office','linfeng@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('songjia','宋佳','office','songjia@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('hanbing','韩冰','office','hanbing@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('liuyang','刘洋','leadership','liuyang@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('zhangwei','张伟','leadership','zhangwei@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('zhengguo','郑国','leadership','zhengguo@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('fengyu','冯雨','office','fengyu@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('caihong','蔡虹','office','caihong@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('dengyun','邓云','planning','dengyun@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('panlin','潘琳','rural','panlin@kjj.qinghe.example','immediate',1,1);
INSERT INTO "people" VALUES('qianjin','钱进','office','qianjin@kjj.qinghe.example','none',1,1);
INSERT INTO "people" VALUES('admin','系统管理员','office',NULL,'none',1,1);
INSERT INTO "people" VALUES('wangfang','王芳芳','basic','wangfang@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('tianye','田野','basic','tianye@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('luoping','罗平','basic','luoping@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('jiangbo','江波','basic','jiangbo@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('linfeng','林风','office','linfeng@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('qiuyue','邱月','office','qiuyue@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('shenhua','沈华','office','shenhua@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('dongmei','董梅','office','dongmei@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('yuanjie','袁杰','leadership','yuanjie@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('kongliang','孔亮','leadership','kongliang@jyj.qinghe.example','immediate',1,2);
INSERT INTO "people" VALUES('jyjadmin','系统管理员','office',NULL,'none',1,2);
CREATE TABLE "person_roles" (
	username VARCHAR(64) NOT NULL, 
	role VARCHAR(64) NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_person_roles PRIMARY KEY (organisation_id, username, role), 
	CONSTRAINT fk_person_roles_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	CONSTRAINT fk_person_roles_username_people_org FOREIGN KEY(organisation_id, username) REFERENCES people (organisation_id, username)
);
INSERT INTO "person_roles" VALUES('wangfang','drafter',1);
INSERT INTO "person_roles" VALUES('liqiang','drafter',1);
INSERT INTO "person_roles" VALUES('zhaomin','drafter',1);
INSERT INTO "person_roles" VALUES('sunli','drafter',1);
INSERT INTO "person_roles" VALUES('zhouhui','drafter',1);
INSERT INTO "person_roles" VALUES('zhouhui','sensitivity_reviewer',1);
INSERT INTO "person_roles" VALUES('chenjun','department_head',1);
INSERT INTO "person_roles" VALUES('yangxue','department_head',1);
INSERT INTO "person_roles" VALUES('huangtao','department_head',1);
INSERT INTO "person_roles" VALUES('wujing','department_head',1);
INSERT INTO "person_roles" VALUES('xuming','department_head',1);
INSERT INTO "person_roles" VALUES('hexin','department_head',1);
INSERT INTO "person_roles" VALUES('guolei','department_head',1);
INSERT INTO "person_roles" VALUES('guolei','office_head',1);
INSERT INTO "person_roles" VALUES('mayan','office_head',1);
INSERT INTO "person_roles" VALUES('mayan','department_head',1);
INSERT INTO "person_roles" VALUES('linfeng','confidentiality_officer',1);
INSERT INTO "person_roles" VALUES('songjia','confidentiality_officer',1);
INSERT INTO "person_roles" VALUES('songjia','sensitivity_reviewer',1);
INSERT INTO "person_roles" VALUES('hanbing','sensitivity_reviewer',1);
INSERT INTO "person_roles" VALUES('liuyang','deputy_leader',1);
INSERT INTO "person_roles" VALUES('zhangwei','deputy_leader',1);
INSERT INTO "person_roles" VALUES('zhengguo','head_of_unit',1);
INSERT INTO "person_roles" VALUES('fengyu','proofreader',1);
INSERT INTO "person_roles" VALUES('caihong','proofreader',1);
INSERT INTO "person_roles" VALUES('dengyun','proofreader',1);
INSERT INTO "person_roles" VALUES('panlin','proofreader',1);
INSERT INTO "person_roles" VALUES('qianjin','auditor',1);
INSERT INTO "person_roles" VALUES('admin','admin',1);
INSERT INTO "person_roles" VALUES('wangfang','drafter',2);
INSERT INTO "person_roles" VALUES('tianye','drafter',2);
INSERT INTO "person_roles" VALUES('luoping','department_head',2);
INSERT INTO "person_roles" VALUES('luoping','proofreader',2);
INSERT INTO "person_roles" VALUES('jiangbo','department_head',2);
INSERT INTO "person_roles" VALUES('jiangbo','proofreader',2);
INSERT INTO "person_roles" VALUES('linfeng','confidentiality_officer',2);
INSERT INTO "person_roles" VALUES('linfeng','sensitivity_reviewer',2);
INSERT INTO "person_roles" VALUES('qiuyue','confidentiality_officer',2);
INSERT INTO "person_roles" VALUES('qiuyue','sensitivity_reviewer',2);
INSERT INTO "person_roles" VALUES('shenhua','office_head',2);
INSERT INTO "person_roles" VALUES('shenhua','department_head',2);
INSERT INTO "person_roles" VALUES('shenhua','proofreader',2);
INSERT INTO "person_roles" VALUES('dongmei','office_head',2);
INSERT INTO "person_roles" VALUES('dongmei','proofreader',2);
INSERT INTO "person_roles" VALUES('yuanjie','deputy_leader',2);
INSERT INTO "person_roles" VALUES('yuanjie','proofreader',2);
INSERT INTO "person_roles" VALUES('kongliang','head_of_unit',2);
INSERT INTO "person_roles" VALUES('kongliang','proofreader',2);
INSERT INTO "person_roles" VALUES('jyjadmin','admin',2);
CREATE TABLE platform_people (
	username VARCHAR(64) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	role VARCHAR(32) NOT NULL, 
	email VARCHAR(320), 
	PRIMARY KEY (username)
);
CREATE TABLE platform_policies (
	id INTEGER NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	content TEXT NOT NULL, 
	loaded_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE "policy_versions" (
	id INTEGER NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	content TEXT NOT NULL, 
	loaded_at VARCHAR(40) NOT NULL, 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_policy_versions PRIMARY KEY (id), 
	CONSTRAINT fk_policy_versions_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id)
);
INSERT INTO "policy_versions" VALUES(1,'43abcaee76a260dac8f424b9ffa1e5756e2328f936af393bb2ddbdc427d969aa','{"admin_roles":["admin"],"archive":{"path":"var/archive","period":"monthly"},"auditor_roles":["auditor"],"auth":{"failure_window_minutes":15,"max_failures_per_account":5,"max_failures_per_address":20,"session_idle_minutes":30,"trusted_header":null,"trusted_proxies":[]},"calendar":{},"channel":{"path":"var/site","push":null,"type":"static_site"},"checks":{"confidentiality":true,"disabled_rules":[],"header_lines":8,"hotlines":["12345","12315","12348","12333","12320","12319","12369","12366"],"lexicon":[],"lexicon_files":[],"masks":{"bank_card":"keep_4_4","email":"keep_1","id_card":"keep_6_4","landline":"keep_area_2","mobile":"keep_3_4","passport":"keep_1_2"},"privacy":true,"proofreading":true,"sensitivity":true,"use_default_lexicon":true},"default_kind":"notice","departments":[{"id":"office","name":"办公室"},{"id":"planning","name":"科技计划与成果科"},{"id":"hitech","name":"高新技术与产业科"},{"id":"rural","name":"农村科技与社会发展科"},{"id":"leadership","name":"局领导"}],"drafter_roles":["drafter"],"kinds":{"notice":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"通知公告","needs_interpretation":false},"personnel":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"人事信息","needs_interpretation":false},"policy_document":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"政策文件","needs_interpretation":true},"policy_interpretation":{"forms":["文字解读","图表图解","音视频"],"interpreter_roles":[],"interprets":true,"name":"政策解读","needs_interpretation":false},"work_news":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"工作动态","needs_interpretation":false}},"organisation":{"base_url":"http://127.0.0.1:8000/site","code":"QHKJJ","mail_from":"xxgk@kjj.qinghe.example","name":"清河县科学技术局"},"people":[{"department":"planning","email":"wangfang@kjj.qinghe.example","name":"王芳","notify":"immediate","roles":["drafter"],"username":"wangfang"},{"department":"planning","email":"liqiang@kjj.qinghe.example","name":"李强","notify":"digest","roles":["drafter"],"username":"liqiang"},{"department":"hitech","email":"zhaomin@kjj.qinghe.example","name":"赵敏","notify":"immediate","roles":["drafter"],"username":"zhaomin"},{"department":"rural","email":"sunli@kjj.qinghe.example","name":"孙丽","notify":"immediate","roles":["drafter"],"username":"sunli"},{"department":"office","email":"zhouhui@kjj.qinghe.example","name":"周慧","notify":"immediate","roles":["drafter","sensitivity_reviewer"],"username":"zhouhui"},{"department":"planning","email":"chenjun@kjj.qinghe.example","name":"陈军","notify":"immediate","roles":["department_head"],"username":"chenjun"},{"department":"planning","email":"yangxue@kjj.qinghe.example","name":"杨雪","notify":"immediate","roles":["department_head"],"username":"yangxue"},{"department":"hitech","email":"huangtao@kjj.qinghe.example","name":"黄涛","notify":"immediate","roles":["department_head"],"username":"huangtao"},{"department":"hitech","email":"wujing@kjj.qinghe.example","name":"吴静","notify":"immediate","roles":["department_head"],"username":"wujing"},{"department":"rural","email":"xuming@kjj.qinghe.example","name":"徐明","notify":"immediate","roles":["department_head"],"username":"xuming"},{"department":"rural","email":"hexin@kjj.qinghe.example","name":"何欣","notify":"immediate","roles":["department_head"],"username":"hexin"},{"department":"office","email":"guolei@kjj.qinghe.example","name":"郭磊","notify":"immediate","roles":["department_head","office_head"],"username":"guolei"},{"department":"office","email":"mayan@kjj.qinghe.example","name":"马艳","notify":"immediate","roles":["office_head","department_head"],"username":"mayan"},{"department":"office","email":"linfeng@kjj.qinghe.example","name":"林峰","notify":"immediate","roles":["confidentiality_officer"],"username":"linfeng"},{"department":"office","email":"songjia@kjj.qinghe.example","name":"宋佳","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"songjia"},{"department":"office","email":"hanbing@kjj.qinghe.example","name":"韩冰","notify":"immediate","roles":["sensitivity_reviewer"],"username":"hanbing"},{"department":"leadership","email":"liuyang@kjj.qinghe.example","name":"刘洋","notify":"immediate","roles":["deputy_leader"],"username":"liuyang"},{"department":"leadership","email":"zhangwei@kjj.qinghe.example","name":"张伟","notify":"immediate","roles":["deputy_leader"],"username":"zhangwei"},{"department":"leadership","email":"zhengguo@kjj.qinghe.example","name":"郑国","notify":"immediate","roles":["head_of_unit"],"username":"zhengguo"},{"department":"office","email":"fengyu@kjj.qinghe.example","name":"冯雨","notify":"immediate","roles":["proofreader"],"username":"fengyu"},{"department":"office","email":"caihong@kjj.qinghe.example","name":"蔡虹","notify":"immediate","roles":["proofreader"],"username":"caihong"},{"department":"planning","email":"dengyun@kjj.qinghe.example","name":"邓云","notify":"immediate","roles":["proofreader"],"username":"dengyun"},{"department":"rural","email":"panlin@kjj.qinghe.example","name":"潘琳","notify":"immediate","roles":["proofreader"],"username":"panlin"},{"department":"office","email":"qianjin@kjj.qinghe.example","name":"钱进","notify":"none","roles":["auditor"],"username":"qianjin"},{"department":"office","email":null,"name":"系统管理员","notify":"none","roles":["admin"],"username":"admin"}],"proofreading_tolerance":{"max_changed_ratio":0.02,"protect_dates":true,"protect_digits":true,"protect_doc_numbers":true,"protect_names":true},"reminders":{"at_fractions":[0.5],"claim_notice":false,"days_before":[1],"digest_hour":8,"escalate_default":"head_of_unit","escalate_to":{"confidentiality_review":"office_head","first_review":"office_head","proofreading_1":"office_head","proofreading_2":"office_head","proofreading_3":"office_head","sensitivity_check":"office_head"},"statutory_warning_days":3},"retract_roles":["deputy_leader","head_of_unit"],"roles":{"admin":"系统管理员","auditor":"审计员","confidentiality_officer":"保密审查员","department_head":"科室负责人","deputy_leader":"分管领导","drafter":"撰稿人（信息员）","head_of_unit":"主要领导","office_head":"办公室负责人","proofreader":"校对员","sensitivity_reviewer":"涉敏审核员"},"separation_of_duties":"strict","stages":{"confidentiality_review":{"deadline_days":7.0,"roles":["confidentiality_officer"],"scope":"organisation"},"final_review":{"deadline_days":3.0,"roles":["deputy_leader","head_of_unit"],"scope":"organisation"},"first_review":{"deadline_days":3.0,"roles":["department_head"],"scope":"department"},"proofreading_1":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_2":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_3":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"second_review":{"deadline_days":3.0,"roles":["office_head"],"scope":"organisation"},"sensitivity_check":{"deadline_days":2.0,"roles":["sensitivity_reviewer"],"scope":"organisation"}},"statutory_days":20}','2026-11-24T09:30:00+08:00',1);
INSERT INTO "policy_versions" VALUES(2,'f7634c51db6446f220b2ddda782dce637a6951f6f9584d4776a57354fc6ac36b','{"admin_roles":["admin"],"archive":{"path":"var/archive","period":"monthly"},"auditor_roles":[],"auth":{"failure_window_minutes":15,"max_failures_per_account":5,"max_failures_per_address":20,"session_idle_minutes":30,"trusted_header":null,"trusted_proxies":[]},"calendar":{},"channel":{"path":"var/site-jyj","push":null,"type":"static_site"},"checks":{"confidentiality":true,"disabled_rules":[],"header_lines":8,"hotlines":["12345","12315","12348","12333","12320","12319","12369","12366"],"lexicon":[],"lexicon_files":[],"masks":{"bank_card":"keep_4_4","email":"keep_1","id_card":"keep_6_4","landline":"keep_area_2","mobile":"keep_3_4","passport":"keep_1_2"},"privacy":true,"proofreading":true,"sensitivity":true,"use_default_lexicon":true},"default_kind":"notice","departments":[{"id":"office","name":"办公室"},{"id":"basic","name":"基础教育股"},{"id":"leadership","name":"局领导"}],"drafter_roles":["drafter"],"kinds":{"notice":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"通知公告","needs_interpretation":false},"personnel":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"人事信息","needs_interpretation":false},"policy_document":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"政策文件","needs_interpretation":true},"policy_interpretation":{"forms":["文字解读","图表图解","音视频"],"interpreter_roles":[],"interprets":true,"name":"政策解读","needs_interpretation":false},"work_news":{"forms":[],"interpreter_roles":[],"interprets":false,"name":"工作动态","needs_interpretation":false}},"organisation":{"base_url":"http://127.0.0.1:8000/site-jyj","code":"QHJYJ","mail_from":"xxgk@jyj.qinghe.example","name":"清河县教育局"},"people":[{"department":"basic","email":"wangfang@jyj.qinghe.example","name":"王芳芳","notify":"immediate","roles":["drafter"],"username":"wangfang"},{"department":"basic","email":"tianye@jyj.qinghe.example","name":"田野","notify":"immediate","roles":["drafter"],"username":"tianye"},{"department":"basic","email":"luoping@jyj.qinghe.example","name":"罗平","notify":"immediate","roles":["department_head","proofreader"],"username":"luoping"},{"department":"basic","email":"jiangbo@jyj.qinghe.example","name":"江波","notify":"immediate","roles":["department_head","proofreader"],"username":"jiangbo"},{"department":"office","email":"linfeng@jyj.qinghe.example","name":"林风","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"linfeng"},{"department":"office","email":"qiuyue@jyj.qinghe.example","name":"邱月","notify":"immediate","roles":["confidentiality_officer","sensitivity_reviewer"],"username":"qiuyue"},{"department":"office","email":"shenhua@jyj.qinghe.example","name":"沈华","notify":"immediate","roles":["office_head","department_head","proofreader"],"username":"shenhua"},{"department":"office","email":"dongmei@jyj.qinghe.example","name":"董梅","notify":"immediate","roles":["office_head","proofreader"],"username":"dongmei"},{"department":"leadership","email":"yuanjie@jyj.qinghe.example","name":"袁杰","notify":"immediate","roles":["deputy_leader","proofreader"],"username":"yuanjie"},{"department":"leadership","email":"kongliang@jyj.qinghe.example","name":"孔亮","notify":"immediate","roles":["head_of_unit","proofreader"],"username":"kongliang"},{"department":"office","email":null,"name":"系统管理员","notify":"none","roles":["admin"],"username":"jyjadmin"}],"proofreading_tolerance":{"max_changed_ratio":0.02,"protect_dates":true,"protect_digits":true,"protect_doc_numbers":true,"protect_names":true},"reminders":{"at_fractions":[0.5],"claim_notice":false,"days_before":[1],"digest_hour":8,"escalate_default":"head_of_unit","escalate_to":{},"statutory_warning_days":3},"retract_roles":["deputy_leader","head_of_unit"],"roles":{"admin":"系统管理员","confidentiality_officer":"保密审查员","department_head":"股室负责人","deputy_leader":"分管副局长","drafter":"撰稿人（信息员）","head_of_unit":"局长","office_head":"办公室主任","proofreader":"校对员","sensitivity_reviewer":"涉敏审核员"},"separation_of_duties":"same_level","stages":{"confidentiality_review":{"deadline_days":10.0,"roles":["confidentiality_officer"],"scope":"organisation"},"final_review":{"deadline_days":3.0,"roles":["deputy_leader","head_of_unit"],"scope":"organisation"},"first_review":{"deadline_days":2.0,"roles":["department_head"],"scope":"department"},"proofreading_1":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_2":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"proofreading_3":{"deadline_days":1.0,"roles":["proofreader"],"scope":"organisation"},"second_review":{"deadline_days":2.0,"roles":["office_head"],"scope":"organisation"},"sensitivity_check":{"deadline_days":2.0,"roles":["sensitivity_reviewer"],"scope":"organisation"}},"statutory_days":20}','2026-11-24T09:30:00+08:00',2);
CREATE TABLE "publications" (
	item_id INTEGER NOT NULL, 
	index_number VARCHAR(64) NOT NULL, 
	revision_hash VARCHAR(64) NOT NULL, 
	path VARCHAR(500) NOT NULL, 
	published_at VARCHAR(40) NOT NULL, 
	retracted_at VARCHAR(40), 
	retract_reason TEXT, 
	page_hash VARCHAR(64), 
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_publications PRIMARY KEY (item_id), 
	CONSTRAINT fk_publications_item_id_items FOREIGN KEY(item_id) REFERENCES items (id), 
	CONSTRAINT fk_publications_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), 
	UNIQUE (index_number)
);
INSERT INTO "publications" VALUES(1,'QHKJJ-2026-00001','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','items/1.html','2026-11-24T09:30:00.000000+08:00',NULL,NULL,'47f8ff339f9ca349339314c629c90e781a695a012860b6dff4ea578a29fdfbdc',1);
INSERT INTO "publications" VALUES(2,'QHJYJ-2026-00001','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','items/2.html','2026-11-24T09:31:00.000000+08:00',NULL,NULL,'066b3fa3776669245419af359ebde00da55e3a4837f9999a8295d9fc01ecf51a',2);
INSERT INTO "publications" VALUES(3,'QHKJJ-2026-00002','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','items/3.html','2026-11-24T09:32:00.000000+08:00','2026-11-24T10:30:00.000000+08:00','数据有误','48bd093f05ba9482a7ac9fd7ee433e3a3df8f6e569cecd8d9daa8712e57425a1',1);
CREATE TABLE "review_tasks" (
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
	organisation_id INTEGER DEFAULT '1' NOT NULL, 
	CONSTRAINT pk_review_tasks PRIMARY KEY (id), 
	CONSTRAINT fk_review_tasks_item_id_items FOREIGN KEY(item_id) REFERENCES items (id), 
	CONSTRAINT fk_review_tasks_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id)
);
INSERT INTO "review_tasks" VALUES(1,1,'confidentiality_review','done','linfeng','2026-11-24T09:30:00.000000+08:00','2026-12-03T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(2,1,'first_review','done','chenjun','2026-11-24T09:30:00.000000+08:00','2026-11-27T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(3,1,'second_review','done','guolei','2026-11-24T09:30:00.000000+08:00','2026-11-27T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(4,1,'final_review','done','liuyang','2026-11-24T09:30:00.000000+08:00','2026-11-27T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(5,1,'proofreading_1','done','fengyu','2026-11-24T09:30:00.000000+08:00','2026-11-25T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(6,1,'proofreading_2','done','caihong','2026-11-24T09:30:00.000000+08:00','2026-11-25T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(7,1,'proofreading_3','done','dengyun','2026-11-24T09:30:00.000000+08:00','2026-11-25T09:30:00.000000+08:00',NULL,'2026-11-24T09:30:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(8,2,'confidentiality_review','done','linfeng','2026-11-24T09:31:00.000000+08:00','2026-12-08T09:31:00.000000+08:00',NULL,'2026-11-24T09:31:00.000000+08:00','approve','[]',2);
INSERT INTO "review_tasks" VALUES(9,2,'first_review','done','luoping','2026-11-24T09:31:00.000000+08:00','2026-11-26T09:31:00.000000+08:00',NULL,'2026-11-24T09:31:00.000000+08:00','approve','[]',2);
INSERT INTO "review_tasks" VALUES(10,2,'second_review','done','shenhua','2026-11-24T09:31:00.000000+08:00','2026-11-26T09:31:00.000000+08:00',NULL,'2026-11-24T09:31:00.000000+08:00','approve','[]',2);
INSERT INTO "review_tasks" VALUES(11,2,'final_review','done','yuanjie','2026-11-24T09:31:00.000000+08:00','2026-11-27T09:31:00.000000+08:00',NULL,'2026-11-24T09:31:00.000000+08:00','approve','[]',2);
INSERT INTO "review_tasks" VALUES(12,2,'proofreading_1','done','jiangbo','2026-11-24T09:31:00.000000+08:00','2026-11-25T09:31:00.000000+08:00',NULL,'2026-11-24T09:31:00.000000+08:00','approve','[]',2);
INSERT INTO "review_tasks" VALUES(13,2,'proofreading_2','done','dongmei','2026-11-24T09:31:00.000000+08:00','2026-11-25T09:31:00.000000+08:00',NULL,'2026-11-24T09:31:00.000000+08:00','approve','[]',2);
INSERT INTO "review_tasks" VALUES(14,2,'proofreading_3','done','kongliang','2026-11-24T09:31:00.000000+08:00','2026-11-25T09:31:00.000000+08:00',NULL,'2026-11-24T09:31:00.000000+08:00','approve','[]',2);
INSERT INTO "review_tasks" VALUES(15,3,'confidentiality_review','done','linfeng','2026-11-24T09:32:00.000000+08:00','2026-12-03T09:32:00.000000+08:00',NULL,'2026-11-24T09:32:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(16,3,'first_review','done','chenjun','2026-11-24T09:32:00.000000+08:00','2026-11-27T09:32:00.000000+08:00',NULL,'2026-11-24T09:32:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(17,3,'second_review','done','guolei','2026-11-24T09:32:00.000000+08:00','2026-11-27T09:32:00.000000+08:00',NULL,'2026-11-24T09:32:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(18,3,'final_review','done','liuyang','2026-11-24T09:32:00.000000+08:00','2026-11-27T09:32:00.000000+08:00',NULL,'2026-11-24T09:32:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(19,3,'proofreading_1','done','fengyu','2026-11-24T09:32:00.000000+08:00','2026-11-25T09:32:00.000000+08:00',NULL,'2026-11-24T09:32:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(20,3,'proofreading_2','done','caihong','2026-11-24T09:32:00.000000+08:00','2026-11-25T09:32:00.000000+08:00',NULL,'2026-11-24T09:32:00.000000+08:00','approve','[]',1);
INSERT INTO "review_tasks" VALUES(21,3,'proofreading_3','done','dengyun','2026-11-24T09:32:00.000000+08:00','2026-11-25T09:32:00.000000+08:00',NULL,'2026-11-24T09:32:00.000000+08:00','approve','[]',1);
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
INSERT INTO "revisions" VALUES(1,1,1,'5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','科技局第一篇','各科室：
现将有关事项通知如下。请认真组织实施。','wangfang','submit','[]','2026-11-24T09:30:00.000000+08:00');
INSERT INTO "revisions" VALUES(2,2,1,'13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','教育局的通知','各科室：
现将有关事项通知如下。请认真组织实施。','wangfang','submit','[]','2026-11-24T09:31:00.000000+08:00');
INSERT INTO "revisions" VALUES(3,3,1,'c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','科技局第二篇','各科室：
现将有关事项通知如下。请认真组织实施。','wangfang','submit','[]','2026-11-24T09:32:00.000000+08:00');
CREATE TABLE site_listing (
	seq INTEGER NOT NULL, 
	item_id INTEGER NOT NULL, 
	index_number VARCHAR(64) NOT NULL, 
	title TEXT NOT NULL, 
	disclosure VARCHAR(32) NOT NULL, 
	department VARCHAR(200) NOT NULL, 
	revision_hash VARCHAR(64) NOT NULL, 
	published_at VARCHAR(40) NOT NULL, 
	retracted_at VARCHAR(40), 
	pair_mark VARCHAR(16) DEFAULT '' NOT NULL, 
	PRIMARY KEY (seq), 
	FOREIGN KEY(item_id) REFERENCES items (id), 
	UNIQUE (item_id)
);
INSERT INTO "site_listing" VALUES(1,1,'QHKJJ-2026-00001','科技局第一篇','proactive','科技计划与成果科','5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47','2026-11-24T09:30:00.000000+08:00',NULL,'');
INSERT INTO "site_listing" VALUES(2,2,'QHJYJ-2026-00001','教育局的通知','proactive','基础教育股','13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156','2026-11-24T09:31:00.000000+08:00',NULL,'');
INSERT INTO "site_listing" VALUES(3,3,'QHKJJ-2026-00002','科技局第二篇','proactive','科技计划与成果科','c02f8f52230d2b91ee092d57e9274d09995d9f15a8128027bd336f83619eddeb','2026-11-24T09:32:00.000000+08:00','2026-11-24T10:30:00.000000+08:00','');
CREATE TABLE site_pages (
	path VARCHAR(300) NOT NULL, 
	content TEXT NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	updated_at VARCHAR(40) NOT NULL, 
	PRIMARY KEY (path)
);
INSERT INTO "site_pages" VALUES('items/1.html','<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>科技局第一篇 - 清河县科学技术局</title>
<link rel="alternate" type="application/atom+xml" title="清河县科学技术局" href="../feed.xml">
<style>
body { font-family: "Noto Serif CJK SC", "Songti SC", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.9; color: #222; }
header { border-bottom: 3px solid #b00; margin-bottom: 1.5em; }
header a { color: #b00; text-decoration: none; font-size: 1.3em; font-weight: bold; }
table.meta { border-collapse: collapse; width: 100%; font-size: .9em; margin-bottom: 1.5em; }
table.meta th, table.meta td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; }
table.meta th { background: #f6f6f6; width: 7em; }
h1 { text-align: center; font-size: 1.5em; }
p { text-indent: 2em; margin: .4em 0; }
footer { border-top: 1px solid #ccc; margin-top: 2em; font-size: .8em; color: #666; word-break: break-all; }
.notice { background: #fff4f4; border: 1px solid #b00; padding: 1em; }
</style>
</head>
<body>
<header><a href="../index.html">清河县科学技术局 · 政府信息公开</a></header>

<table class="meta">
<tr><th>索引号</th><td class="index-number">QHKJJ-2026-00001</td><th>公开属性</th><td class="disclosure">主动公开</td></tr>
<tr><th>发布机构</th><td>清河县科学技术局（科技计划与成果科）</td><th>发布日期</th><td>2026-11-24</td></tr>
</table>
<article>
<h1>科技局第一篇</h1>
<p>各科室：</p>
<p>现将有关事项通知如下。请认真组织实施。</p>
</article>

<footer>本页内容经“三审三校”审批后发布。所发布版本的 SHA-256：<code class="revision-hash">5aed8f75b0e7c4016e202b92f9123e7f35ba314f6be5f581134886c2b664aa47</code></footer>

</body>
</html>
','47f8ff339f9ca349339314c629c90e781a695a012860b6dff4ea578a29fdfbdc','2026-11-24T09:30:00.000000+08:00');
INSERT INTO "site_pages" VALUES('list/1.html','<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>政府信息公开目录（第 1 页） - 清河县教育局</title>
<link rel="alternate" type="application/atom+xml" title="清河县教育局" href="../feed.xml">
<style>
body { font-family: "Noto Serif CJK SC", "Songti SC", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.9; color: #222; }
header { border-bottom: 3px solid #b00; margin-bottom: 1.5em; }
header a { color: #b00; text-decoration: none; font-size: 1.3em; font-weight: bold; }
table.meta { border-collapse: collapse; width: 100%; font-size: .9em; margin-bottom: 1.5em; }
table.meta th, table.meta td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; }
table.meta th { background: #f6f6f6; width: 7em; }
h1 { text-align: center; font-size: 1.5em; }
p { text-indent: 2em; margin: .4em 0; }
footer { border-top: 1px solid #ccc; margin-top: 2em; font-size: .8em; color: #666; word-break: break-all; }
.notice { background: #fff4f4; border: 1px solid #b00; padding: 1em; }
</style>
</head>
<body>
<header><a href="../index.html">清河县教育局 · 政府信息公开</a></header>

<h1>政府信息公开目录（第 1 页）</h1>
<table class="meta">
<tr><th>索引号</th><th>标题</th><th>公开属性</th><th>发布日期</th></tr>
<tr><td>QHKJJ-2026-00002</td><td><a href="../items/3.html">科技局第二篇</a>（已撤稿）</td><td>主动公开</td><td>2026-11-24</td></tr>
<tr><td>QHJYJ-2026-00001</td><td><a href="../items/2.html">教育局的通知</a></td><td>主动公开</td><td>2026-11-24</td></tr>
<tr><td>QHKJJ-2026-00001</td><td><a href="../items/1.html">科技局第一篇</a></td><td>主动公开</td><td>2026-11-24</td></tr>
</table>
<nav class="pages"><a rel="next" href="../index.html">较新的信息</a> </nav>

</body>
</html>
','f6303bc7f2e50f4a0f7456c47119ee081dbd19680a07162c72a1193731aa06f6','2026-11-24T10:30:00.000000+08:00');
INSERT INTO "site_pages" VALUES('index.html','<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>政府信息公开目录 - 清河县教育局</title>
<link rel="alternate" type="application/atom+xml" title="清河县教育局" href="feed.xml">
<style>
body { font-family: "Noto Serif CJK SC", "Songti SC", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.9; color: #222; }
header { border-bottom: 3px solid #b00; margin-bottom: 1.5em; }
header a { color: #b00; text-decoration: none; font-size: 1.3em; font-weight: bold; }
table.meta { border-collapse: collapse; width: 100%; font-size: .9em; margin-bottom: 1.5em; }
table.meta th, table.meta td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; }
table.meta th { background: #f6f6f6; width: 7em; }
h1 { text-align: center; font-size: 1.5em; }
p { text-indent: 2em; margin: .4em 0; }
footer { border-top: 1px solid #ccc; margin-top: 2em; font-size: .8em; color: #666; word-break: break-all; }
.notice { background: #fff4f4; border: 1px solid #b00; padding: 1em; }
</style>
</head>
<body>
<header><a href="index.html">清河县教育局 · 政府信息公开</a></header>

<h1>政府信息公开目录</h1>
<table class="meta">
<tr><th>索引号</th><th>标题</th><th>公开属性</th><th>发布日期</th></tr>
<tr><td>QHKJJ-2026-00002</td><td><a href="items/3.html">科技局第二篇</a>（已撤稿）</td><td>主动公开</td><td>2026-11-24</td></tr>
<tr><td>QHJYJ-2026-00001</td><td><a href="items/2.html">教育局的通知</a></td><td>主动公开</td><td>2026-11-24</td></tr>
<tr><td>QHKJJ-2026-00001</td><td><a href="items/1.html">科技局第一篇</a></td><td>主动公开</td><td>2026-11-24</td></tr>
</table>
<nav class="pages"><a rel="prev" href="list/1.html">较早的信息</a></nav>

</body>
</html>
','74983103d2e617fbd7add671600109ad3fa4bbeef7a912b5ef8ec321b3218bca','2026-11-24T10:30:00.000000+08:00');
INSERT INTO "site_pages" VALUES('feed.xml','<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<title>清河县教育局 · 政府信息公开</title>
<id>http://127.0.0.1:8000/site-jyj/feed.xml</id>
<link rel="self" href="http://127.0.0.1:8000/site-jyj/feed.xml"/>
<link href="http://127.0.0.1:8000/site-jyj/index.html"/>
<updated>2026-11-24T10:30:00.000000+08:00</updated>
<author><name>清河县教育局</name></author>
<entry>
<title>教育局的通知</title>
<id>http://127.0.0.1:8000/site-jyj/items/2.html#QHJYJ-2026-00001</id>
<link href="http://127.0.0.1:8000/site-jyj/items/2.html"/>
<updated>2026-11-24T09:31:00.000000+08:00</updated>
<summary>索引号 QHJYJ-2026-00001；主动公开</summary>
</entry>
<entry>
<title>科技局第一篇</title>
<id>http://127.0.0.1:8000/site-jyj/items/1.html#QHKJJ-2026-00001</id>
<link href="http://127.0.0.1:8000/site-jyj/items/1.html"/>
<updated>2026-11-24T09:30:00.000000+08:00</updated>
<summary>索引号 QHKJJ-2026-00001；主动公开</summary>
</entry>
</feed>
','74bdd2b05ce640978c8c20ca2471660e2ca138e3f95368175726f55470d77bdf','2026-11-24T10:30:00.000000+08:00');
INSERT INTO "site_pages" VALUES('items/2.html','<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>教育局的通知 - 清河县教育局</title>
<link rel="alternate" type="application/atom+xml" title="清河县教育局" href="../feed.xml">
<style>
body { font-family: "Noto Serif CJK SC", "Songti SC", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.9; color: #222; }
header { border-bottom: 3px solid #b00; margin-bottom: 1.5em; }
header a { color: #b00; text-decoration: none; font-size: 1.3em; font-weight: bold; }
table.meta { border-collapse: collapse; width: 100%; font-size: .9em; margin-bottom: 1.5em; }
table.meta th, table.meta td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; }
table.meta th { background: #f6f6f6; width: 7em; }
h1 { text-align: center; font-size: 1.5em; }
p { text-indent: 2em; margin: .4em 0; }
footer { border-top: 1px solid #ccc; margin-top: 2em; font-size: .8em; color: #666; word-break: break-all; }
.notice { background: #fff4f4; border: 1px solid #b00; padding: 1em; }
</style>
</head>
<body>
<header><a href="../index.html">清河县教育局 · 政府信息公开</a></header>

<table class="meta">
<tr><th>索引号</th><td class="index-number">QHJYJ-2026-00001</td><th>公开属性</th><td class="disclosure">主动公开</td></tr>
<tr><th>发布机构</th><td>清河县教育局（基础教育股）</td><th>发布日期</th><td>2026-11-24</td></tr>
</table>
<article>
<h1>教育局的通知</h1>
<p>各科室：</p>
<p>现将有关事项通知如下。请认真组织实施。</p>
</article>

<footer>本页内容经“三审三校”审批后发布。所发布版本的 SHA-256：<code class="revision-hash">13925a998985eca6808db964636b4b4ff2be8b8fbe212cd7ae788223dff0c156</code></footer>

</body>
</html>
','066b3fa3776669245419af359ebde00da55e3a4837f9999a8295d9fc01ecf51a','2026-11-24T09:31:00.000000+08:00');
INSERT INTO "site_pages" VALUES('items/3.html','<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>撤稿说明 - 清河县科学技术局</title>
<link rel="alternate" type="application/atom+xml" title="清河县科学技术局" href="../feed.xml">
<style>
body { font-family: "Noto Serif CJK SC", "Songti SC", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.9; color: #222; }
header { border-bottom: 3px solid #b00; margin-bottom: 1.5em; }
header a { color: #b00; text-decoration: none; font-size: 1.3em; font-weight: bold; }
table.meta { border-collapse: collapse; width: 100%; font-size: .9em; margin-bottom: 1.5em; }
table.meta th, table.meta td { border: 1px solid #ccc; padding: .3em .6em; text-align: left; }
table.meta th { background: #f6f6f6; width: 7em; }
h1 { text-align: center; font-size: 1.5em; }
p { text-indent: 2em; margin: .4em 0; }
footer { border-top: 1px solid #ccc; margin-top: 2em; font-size: .8em; color: #666; word-break: break-all; }
.notice { background: #fff4f4; border: 1px solid #b00; padding: 1em; }
</style>
</head>
<body>
<header><a href="../index.html">清河县科学技术局 · 政府信息公开</a></header>

<div class="notice">
<h1>撤稿说明</h1>
<p>索引号为 <span class="index-number">QHKJJ-2026-00002</span> 的信息《科技局第二篇》已于 2026-11-24 撤下。</p>
<p>撤稿原因：数据有误</p>
</div>

</body>
</html>
','6d8c44891074bb10af18229fbcc5363e31adb07d2ded86805d762d1281ee9183','2026-11-24T10:30:00.000000+08:00');
CREATE TABLE web_secrets (
	name VARCHAR(64) NOT NULL, 
	value VARCHAR(200) NOT NULL, 
	PRIMARY KEY (name)
);
INSERT INTO "web_secrets" VALUES('form_key','e41ae591a5434c98944164fbf5e4839fec902cad08635e197dbe23116edcba87');
CREATE TABLE web_sessions (
	id INTEGER NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	username VARCHAR(64) NOT NULL, 
	csrf VARCHAR(64) NOT NULL, 
	address VARCHAR(64) NOT NULL, 
	created_at VARCHAR(40) NOT NULL, 
	last_seen_at VARCHAR(40) NOT NULL, 
	ended_at VARCHAR(40), 
	PRIMARY KEY (id), 
	UNIQUE (token_hash)
);
CREATE INDEX ix_revisions_item_hash ON revisions (item_id, hash);
CREATE INDEX ix_revisions_item_id ON revisions (item_id);
CREATE UNIQUE INDEX ux_events_command_key ON events (command_key);
CREATE INDEX ix_web_sessions_username ON web_sessions (username);
CREATE INDEX ix_api_tokens_username ON api_tokens (username);
CREATE INDEX ix_access_log_at ON access_log (at);
CREATE INDEX ix_access_log_username_at ON access_log (username, at);
CREATE INDEX ix_access_log_address_at ON access_log (address, at);
CREATE INDEX ix_policy_versions_digest ON policy_versions (digest);
CREATE INDEX ix_policy_versions_organisation_id ON policy_versions (organisation_id);
CREATE INDEX ix_items_stage ON items (stage);
CREATE INDEX ix_items_interprets ON items (interprets);
CREATE INDEX ix_items_organisation_id ON items (organisation_id);
CREATE INDEX ix_review_tasks_open_due ON review_tasks (status, due_at, id);
CREATE INDEX ix_review_tasks_status ON review_tasks (status);
CREATE INDEX ix_review_tasks_stage_status_due ON review_tasks (stage, status, due_at);
CREATE INDEX ix_review_tasks_status_due ON review_tasks (status, due_at);
CREATE INDEX ix_review_tasks_assignee ON review_tasks (assignee);
CREATE INDEX ix_review_tasks_item_id ON review_tasks (item_id);
CREATE INDEX ix_review_tasks_organisation_id ON review_tasks (organisation_id);
CREATE INDEX ix_jobs_status ON jobs (status);
CREATE INDEX ix_jobs_organisation_id ON jobs (organisation_id);
CREATE INDEX ix_outbox_status ON outbox (status);
CREATE INDEX ix_outbox_organisation_id ON outbox (organisation_id);
CREATE INDEX ix_publications_organisation_id ON publications (organisation_id);
CREATE INDEX ix_items_organisation_stage ON items (organisation_id, stage);
CREATE INDEX ix_review_tasks_organisation_stage_status_due ON review_tasks (organisation_id, stage, status, due_at);
CREATE INDEX ix_review_tasks_organisation_status_due ON review_tasks (organisation_id, status, due_at);
COMMIT;
