"""The base of the peewee models, and the models of the tables ``storage.settings`` and
``storage.profile_store`` own (only they use them; ``storage.audit`` keeps its own). Migrations
create the tables, never these classes."""

from __future__ import annotations

from peewee import CharField, IntegerField, Model, TextField

from desktop.storage.db import database


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()


class VillageProfileRow(BaseModel):
    id = IntegerField(primary_key=True)
    village_code = CharField()
    village_name = CharField()
    district_name = CharField()
    regency_name = CharField()
    province_name = CharField()
    head_name = CharField()
    office_phone = CharField(default="")
    office_address = CharField(default="")
    training = IntegerField(default=0)
    updated_at = CharField()

    class Meta:
        table_name = "village_profile"


class ContactRow(BaseModel):
    role = CharField(primary_key=True)
    name = CharField(default="")
    phone = CharField(default="")

    class Meta:
        table_name = "contact"


class Draft(BaseModel):
    key = CharField(primary_key=True)
    payload = TextField()
    updated_at = CharField()
