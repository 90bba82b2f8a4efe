"""Accounting setup for the template database.

Runs INSIDE THE TRYTON VENV (not the app's): python _setup_accounting.py CONF DB FACTS YEAR
Uses proteus in-process (trytond is imported directly, no server) and the helper tools the
trytond wheels ship, the same way account_invoice/tests/scenario_invoice.rst does.
"""
import datetime as dt
import json
import sys
from decimal import Decimal

from proteus import Model, config as pconfig

CONF, DB, FACTS, YEAR = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
CURRENCY = "CNY"
USERS = {
    "admin": "admin",
    "clerk": "clerkpass123",    # account invoice rights (group "Accounting")
    "viewer": "viewerpass123",  # same company, no accounting group: for access-right tests
}

config = pconfig.set_trytond(database=DB, config_file=CONF)

from trytond.modules.account.tests.tools import (  # noqa: E402
    create_chart, create_fiscalyear, create_tax, get_accounts)
from trytond.modules.account_invoice.tests.tools import (  # noqa: E402
    create_payment_term, set_fiscalyear_invoice_sequences)
from trytond.modules.company.tests.tools import create_company, get_company  # noqa: E402

Company = Model.get("company.company")
Currency = Model.get("currency.currency")
CurrencyRate = Model.get("currency.currency.rate")
Party = Model.get("party.party")
User = Model.get("res.user")
Group = Model.get("res.group")
ModelData = Model.get("ir.model.data")
Journal = Model.get("account.journal")
PaymentTerm = Model.get("account.invoice.payment_term")
ProductCategory = Model.get("product.category")
ProductTemplate = Model.get("product.template")
ProductUom = Model.get("product.uom")

# -- company (CNY) -------------------------------------------------------------------------
cny = Currency(name="Chinese Yuan Renminbi", symbol="¥", code=CURRENCY,
               rounding=Decimal("0.01"), digits=2)
cny.save()
CurrencyRate(date=dt.date.min, rate=Decimal("1.0"), currency=cny).save()
company_party = Party(name="Invoice Desk Test Co., Ltd.")
company_party.save()
create_company(party=company_party, currency=cny)
company = get_company()

# -- chart of accounts ---------------------------------------------------------------------
create_chart(company)
accounts = get_accounts(company)

# -- fiscal years: current and next calendar year, with invoice sequences ------------------
fiscal_years = {}
for year in (YEAR, YEAR + 1):
    fy = set_fiscalyear_invoice_sequences(create_fiscalyear(
        company, today=(dt.date(year, 1, 1), dt.date(year, 12, 31))))
    fy.click("create_period")
    assert fy.start_date == dt.date(year, 1, 1) and fy.end_date == dt.date(year, 12, 31), (
        fy.start_date, fy.end_date)
    fiscal_years[str(year)] = fy.id

# -- taxes 13 %, 9 %, 6 % (Chinese VAT rates) ----------------------------------------------
taxes = {}
for pct in (13, 9, 6):
    tax = create_tax(Decimal(pct) / Decimal(100), company)
    tax.name = tax.description = f"VAT {pct}%"
    tax.save()
    taxes[str(pct)] = tax.id

# -- payment terms -------------------------------------------------------------------------
direct = create_payment_term()
direct.save()
net30 = PaymentTerm(name="Net 30")
line = net30.lines.new(type="remainder")
delta, = line.relativedeltas
delta.days = 30
net30.save()

# -- parties -------------------------------------------------------------------------------
def make_party(name, street, city):
    party = Party(name=name)
    if party.addresses:
        address = party.addresses[0]
    else:
        address = party.addresses.new()
    address.street = street
    address.city = city
    party.save()
    return party

customer = make_party("Acme Trading Co.", "1 Customer Road", "Shanghai")
supplier = make_party("Globex Supplies Ltd.", "2 Supplier Street", "Beijing")

# -- a service product (optional for invoice lines, handy for app tests) --------------------
unit, = ProductUom.find([("name", "=", "Unit")])
category = ProductCategory(name="Services", accounting=True)
category.account_revenue = accounts["revenue"]
category.account_expense = accounts["expense"]
category.customer_taxes.append(Model.get("account.tax")(taxes["13"]))
category.save()
tmpl = ProductTemplate(name="Consulting", default_uom=unit, type="service",
                       list_price=Decimal("100"), account_category=category)
tmpl.save()
product, = tmpl.products

# -- journals (created by the account module) ----------------------------------------------
journals = {}
for jtype in ("revenue", "expense", "cash"):
    found = Journal.find([("type", "=", jtype)], limit=1)
    assert found, f"no {jtype} journal in the default data"
    journals[jtype] = found[0].id

# -- users ---------------------------------------------------------------------------------
admin, = User.find([("login", "=", "admin")])
group_account = Group(ModelData.get_id("account.group_account", {}))
users = {"admin": {"id": admin.id, "login": "admin", "password": USERS["admin"]}}
for login in ("clerk", "viewer"):
    user = User(name=login.capitalize(), login=login)
    user.password = USERS[login]
    user.companies.append(Company(company.id))  # a fresh instance: proteus lists own records
    user.company = Company(company.id)
    if login == "clerk":
        user.groups.append(Group(group_account.id))
    user.save()
    users[login] = {"id": user.id, "login": login, "password": USERS[login]}

facts = {
    "database": DB,
    "year": YEAR,
    "company_id": company.id,
    "company_party_id": company_party.id,
    "currency_id": cny.id,
    "currency_code": CURRENCY,
    "accounts": {k: accounts[k].id for k in
                 ("receivable", "payable", "revenue", "expense", "tax", "cash")
                 if k in accounts},
    "journals": journals,
    "taxes": taxes,
    "payment_term_id": direct.id,
    "payment_terms": {"direct": direct.id, "net30": net30.id},
    "fiscal_years": fiscal_years,
    "parties": {
        "customer": {"id": customer.id, "name": customer.name,
                     "address_id": customer.addresses[0].id},
        "supplier": {"id": supplier.id, "name": supplier.name,
                     "address_id": supplier.addresses[0].id},
    },
    "product_id": product.id,
    "uom_unit_id": unit.id,
    "users": users,
    "context": {"company": company.id},
}
with open(FACTS, "w", encoding="utf-8") as f:
    json.dump(facts, f, indent=2, sort_keys=True)
print(json.dumps(facts))
