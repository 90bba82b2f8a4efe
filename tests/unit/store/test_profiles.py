"""The profile registry: our company's identity per profile, and profiles.json files written
before it existed."""

from __future__ import annotations

import json

import pytest

from desktop.store.profiles import Profile, ProfileRegistry

# profiles.json as the release before the company identity wrote it (plus a key from a newer
# release, which is ignored).
OLD_FILE = {
    "profiles": [
        {"id": "local", "name": "Local (offline)", "kind": "offline", "url": "",
         "database": "", "username": "", "company": "", "allow_plain_http": False,
         "ca_file": "", "local_role": "administrator", "actor": "", "extra_tax_rates": ["5"],
         "sync_interval_s": 60, "mapping": {}},
        {"id": "erp", "name": "Head office", "kind": "tryton", "url": "https://erp.example",
         "database": "prod", "username": "alice", "company": "Acme Trading Co.",
         "local_role": "clerk", "from_the_future": True},
    ],
    "last_used": "erp",
}


@pytest.fixture
def old_registry(data_dir):
    (data_dir / "profiles.json").write_text(json.dumps(OLD_FILE), encoding="utf-8")
    return ProfileRegistry(data_dir)


def test_an_old_profiles_file_loads_with_an_empty_company_identity(old_registry):
    local, erp = old_registry.list()
    assert (local.extra_tax_rates, erp.url, erp.company) == (["5"], "https://erp.example",
                                                            "Acme Trading Co.")
    assert (erp.company_tax_id, erp.company_address, erp.company_country) == ("", "", "")
    own = erp.company_party()
    assert (own.name, own.tax_id, own.address, own.country) == ("Acme Trading Co.", "", "", "")
    assert old_registry.last_used().id == "erp" and erp.company_problems() == []


def test_the_company_identity_is_saved_and_read_back(old_registry, data_dir):
    erp = old_registry.get("erp")
    erp.company_tax_id, erp.company_country = "91350100M000100Y43", "CN"
    erp.company_address = "88 Jianguo Road\nBeijing"
    old_registry.update(erp)
    saved = json.loads((data_dir / "profiles.json").read_text(encoding="utf-8"))
    assert saved["profiles"][1]["company_tax_id"] == "91350100M000100Y43"
    again = ProfileRegistry(data_dir).get("erp")
    assert again.company_party().address == "88 Jianguo Road\nBeijing"
    assert (again.company_party().tax_id, again.company_party().country) == \
        ("91350100M000100Y43", "CN")
    assert ProfileRegistry(data_dir).get("local").company_tax_id == ""   # others untouched


def test_null_and_padded_values_from_a_hand_edited_file(data_dir):
    bad = {"profiles": [{"id": "x", "name": "X", "company": None, "company_tax_id": None,
                         "company_country": " cn ", "company_address": "  Street 1  "}],
           "last_used": "x"}
    (data_dir / "profiles.json").write_text(json.dumps(bad), encoding="utf-8")
    own = ProfileRegistry(data_dir).get("x").company_party()
    assert (own.name, own.tax_id, own.country, own.address) == ("", "", "CN", "Street 1")


@pytest.mark.parametrize("fields,problems", [
    ({}, []),                                                       # nothing set yet
    ({"company_tax_id": "91350100M000100Y43", "company_country": "CN"}, []),
    ({"company_tax_id": "91350100M000100Y44", "company_country": "CN"}, ["tax_id"]),
    ({"company_tax_id": "DE136695976", "company_country": "DE"}, []),
    ({"company_tax_id": "DE136695977", "company_country": "DE"}, ["tax_id"]),
    ({"company_tax_id": "136695976", "company_country": "de"}, []),  # prefix from the country
    ({"company_tax_id": "12-3456789", "company_country": "US"}, []),  # no rules known: any text
    ({"company_tax_id": "anything", "company_country": ""}, []),
    ({"company_country": "China"}, ["country"]),
    ({"company": "x" * 501}, ["name"]),
])
def test_company_problems(fields, problems):
    prof = Profile(id="p", name="P", **fields)
    assert [p.field for p in prof.company_problems()] == problems
