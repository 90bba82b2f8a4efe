"""Realistic sample data: Chinese and English parties, several currencies and tax rates,
invoices in every state. Deterministic for a given seed. Produces domain records only."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

from stdnum.cn import uscc
from stdnum.de.vat import mod_11_10

from ..domain.invoice_json import PartyRef
from ..domain.records import (Invoice, InvoiceKind, InvoiceLine, Party, PartyRole, Payment,
                              Status)
from ..domain.totals import compute_totals

CN_CITIES = ["北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "苏州", "天津",
             "西安", "重庆", "青岛", "厦门", "华东", "华南"]
CN_CORES = ["中关村", "浦东", "华信", "金桥", "恒通", "瑞丰", "宏达", "万邦", "新元", "东方",
            "长城", "星辰", "海纳", "博远", "天成", "明德", "嘉禾", "永昌", "立信", "安泰"]
CN_TRADES = ["科技", "贸易", "物流", "电子", "软件", "建材", "食品", "医药", "咨询", "机械"]
EN_FIRST = ["Acme", "Northwind", "Globex", "Initech", "Umbrella", "Stark", "Wayne", "Hooli",
            "Vandelay", "Contoso", "Fabrikam", "Tailspin", "Litware", "Adatum", "Proseware"]
EN_SECOND = ["Trading", "Industries", "Logistics", "Systems", "Foods", "Components", "Labs",
             "Partners", "Supplies", "Services"]
EN_SUFFIX = ["Ltd", "GmbH", "Inc.", "S.A.", "B.V.", "LLC"]
CN_ITEMS = [("咨询服务", "小时", "800"), ("软件许可", "套", "12000"), ("技术支持", "月", "5000"),
            ("办公用品", "箱", "260"), ("打印纸 A4", "包", "25.5"), ("服务器维护", "次", "3500"),
            ("运输费", "吨", "420"), ("培训课程", "人", "1500"), ("笔记本电脑", "台", "6999"),
            ("显示器", "台", "1299")]
EN_ITEMS = [("Consulting", "h", "120"), ("Software licence", "pc", "990"),
            ("Support contract", "month", "450"), ("Office supplies", "box", "38.4"),
            ("Freight", "t", "64.5"), ("Training day", "day", "850"), ("Laptop", "pc", "1249"),
            ("Spare parts", "kg", "17.35"), ("Cloud hosting", "month", "310"),
            ("Cleaning service", "visit", "95")]
RATES = [Decimal("13"), Decimal("13"), Decimal("13"), Decimal("9"), Decimal("6"), Decimal("3"),
         Decimal("0")]
STATUS_WEIGHTS = [(Status.DRAFT, 10), (Status.SUBMITTED, 6), (Status.APPROVED, 5),
                  (Status.POSTED, 35), (Status.PAID, 40), (Status.CANCELLED, 4)]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _uscc(rng: random.Random) -> str:
    body = "91" + "".join(rng.choice("0123456789") for _ in range(6)) + \
        "".join(rng.choice(USCC_CHARS) for _ in range(9))
    return body + uscc.calc_check_digit(body)


def _de_vat(rng: random.Random) -> str:
    body = str(rng.randint(10000000, 99999999))
    return "DE" + body + str(mod_11_10.calc_check_digit(body))


def make_parties(rng: random.Random, count: int) -> list[Party]:
    parties: list[Party] = []
    names: set[str] = set()
    while len(parties) < count:
        if rng.random() < 0.6:
            name = (rng.choice(CN_CITIES) + rng.choice(CN_CORES) + rng.choice(CN_TRADES)
                    + "有限公司")
            party = Party(name=name, country="CN", tax_id=_uscc(rng),
                          address=name[:2] + "市" + rng.choice(["朝阳区", "海淀区", "浦东新区"]))
        else:
            suffix = rng.choice(EN_SUFFIX)
            name = f"{rng.choice(EN_FIRST)} {rng.choice(EN_SECOND)} {suffix}"
            country = "DE" if suffix == "GmbH" else rng.choice(["GB", "US", "NL", "FR"])
            party = Party(name=name, country=country,
                          tax_id=_de_vat(rng) if country == "DE" else "")
        if name in names:
            name += f" {len(parties)}"
            party.name = name
        names.add(name)
        party.role = rng.choice([PartyRole.CUSTOMER, PartyRole.CUSTOMER, PartyRole.SUPPLIER,
                                 PartyRole.BOTH])
        party.uuid = f"00000000-0000-4000-8000-{rng.getrandbits(48):012x}"
        parties.append(party)
    return parties


def _status(rng: random.Random) -> Status:
    total = sum(w for _, w in STATUS_WEIGHTS)
    r = rng.uniform(0, total)
    for s, w in STATUS_WEIGHTS:
        r -= w
        if r <= 0:
            return s
    return Status.DRAFT


def generate(count: int, seed: int = 2026, today: date | None = None,
             party_count: int | None = None) -> Iterator[tuple[Invoice, Party]]:
    """Yield ``count`` invoices, each with its party (parties repeat)."""
    rng = random.Random(seed)
    today = today or date.today()
    parties = make_parties(rng, party_count or max(5, min(2000, count // 50)))
    seq = {"sale": 0, "purchase": 0}
    for _ in range(count):
        party = rng.choice(parties)
        kind = (InvoiceKind.PURCHASE if party.role == PartyRole.SUPPLIER
                else InvoiceKind.SALE if party.role == PartyRole.CUSTOMER
                else rng.choice([InvoiceKind.SALE, InvoiceKind.PURCHASE]))
        chinese = party.country == "CN"
        currency = "CNY" if chinese else rng.choice(["USD", "EUR", "EUR", "CNY", "JPY"])
        issue = today - timedelta(days=rng.randint(0, 720))
        status = _status(rng)
        seq[kind.value] += 1
        prefix = "INV" if kind == InvoiceKind.SALE else "BILL"
        inv = Invoice(
            kind=kind, party_uuid=party.uuid, party_name=party.name, issue_date=issue,
            currency=currency, number=f"{prefix}-{issue.year}-{seq[kind.value]:06d}",
            due_date=issue + timedelta(days=rng.choice([0, 15, 30, 30, 45, 60])),
            payment_terms=rng.choice(["", "30 days", "月结30天", "60 days"]),
            notes=rng.choice(["", "", "", "加急", "Partial delivery", "请开增值税专用发票",
                              "PO pending"]),
            external_ref=(f"PO-{rng.randint(10000, 99999)}" if kind == InvoiceKind.PURCHASE
                          else ""),
            status=status,
            uuid=f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}"
                 f"-a{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}",
        )
        items = CN_ITEMS if chinese else EN_ITEMS
        for _ in range(rng.randint(1, 5)):
            desc, unit, price = rng.choice(items)
            qty = Decimal(rng.choice([1, 1, 2, 3, 5, 10, 12, 20]))
            if currency == "JPY":
                price_d = (Decimal(price) * 150).quantize(Decimal(1))
            else:
                price_d = Decimal(price)
            inv.lines.append(InvoiceLine(
                description=desc, quantity=qty, unit=unit, unit_price=price_d,
                tax_rate=rng.choice(RATES),
                discount=rng.choice([Decimal(0)] * 6 + [Decimal(5), Decimal(10)]),
                uuid=f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}"
                     f"-b{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}"))
        if status in (Status.POSTED, Status.PAID):
            gross = compute_totals(inv).gross
            if status == Status.PAID:
                inv.payments.append(Payment(gross, min(today, issue + timedelta(days=20)),
                                            method="bank transfer", uuid=_uuid(rng)))
            elif rng.random() < 0.3 and gross > 1:
                part = (gross / 2).quantize(Decimal(1))
                inv.payments.append(Payment(part, min(today, issue + timedelta(days=10)),
                                            method="bank transfer", uuid=_uuid(rng)))
        yield inv, party


def _uuid(rng: random.Random) -> str:
    return (f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4{rng.getrandbits(12):03x}"
            f"-c{rng.getrandbits(12):03x}-{rng.getrandbits(48):012x}")


def party_ref(party: Party) -> PartyRef:
    return PartyRef(uuid="", name=party.name, tax_id=party.tax_id, country=party.country)
