"""The attacker of the CLI tamper suite (tamper.sh): rewrites a portfolio's decision record
behind tiltak's back, re-hashing the chain by the public algorithm of docs/governance.md,
computed here independently with hashlib, and fixing the receipts kept in the file to agree.

    tamper_attacker.py LOCATION ACTION
LOCATION is a JSON document or an SQLite store (its triggers dropped, the latest rows rewritten
in place, no revision made); ACTION is delete-last, cut-tail, change-amount or forge.
"""
import hashlib
import json
import sqlite3
import sys

CANONICAL = ("initiative", "from", "to", "body", "decided_by", "date", "amount", "currency",
             "conditions", "reason", "case_reference", "previous_hash")


def entry_hash(d, currency):
    canonical = {k: d.get(k, "") for k in CANONICAL}
    canonical["amount"] = d.get("amount")
    canonical["currency"] = currency if "amount" in d else None
    if d.get("late_registration"):
        canonical["late_registration"] = True
    text = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def rehash(log, currency):
    for i, d in enumerate(log):
        d.pop("previous_hash", None)
        if i:
            d["previous_hash"] = log[i - 1]["hash"]
        d["hash"] = entry_hash(d, currency)
        if d.get("acknowledged_hash"):
            d["acknowledged_hash"] = d["hash"]


def tamper(portfolio, action):
    log, stages = portfolio["decisions"], {i["id"]: i for i in portfolio["initiatives"]}
    if action in ("delete-last", "cut-tail"):
        del log[-1 if action == "delete-last" else 0:]
        for initiative in stages.values():  # each stage put back to its last decision's
            moved = [d["to"] for d in log if d["initiative"] == initiative["id"]]
            initiative["stage"] = moved[-1] if moved else initiative["stage"]
    elif action == "change-amount":
        log[0]["amount"] = "9900000.00"
    elif action == "forge":  # a secretariat approval far beyond its mandate
        log.append({"initiative": "T-2", "from": "recommended", "to": "approved",
                    "body": "secretariat", "date": "2026-06-15", "amount": "9000000.00"})
        stages["T-2"]["stage"] = "approved"
    rehash(log, portfolio["currency"])


def tamper_store(path, action):
    db = sqlite3.connect(path)
    for trigger in ("entities_closed_once", "entities_no_delete", "decisions_no_update", "decisions_no_delete"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    latest = "valid_to IS NULL"
    rows = db.execute(f"SELECT kind, id, content FROM entities WHERE {latest} AND kind IN ('initiative', 'decision')")
    portfolio = {"initiatives": [], "decisions": [], "currency": json.loads(
        db.execute(f"SELECT content FROM entities WHERE {latest} AND kind = 'portfolio'").fetchone()[0])["currency"]}
    for kind, _, content in sorted(rows, key=lambda r: (r[0], int(r[1]) if r[0] == "decision" else r[1])):
        portfolio["initiatives" if kind == "initiative" else "decisions"].append(json.loads(content))
    tamper(portfolio, action)
    head = db.execute("SELECT max(number) FROM revisions").fetchone()[0]
    compact = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for initiative in portfolio["initiatives"]:
        db.execute(f"UPDATE entities SET content = ? WHERE kind = 'initiative' AND id = ? AND {latest}",
                   (compact(initiative), initiative["id"]))
    db.execute(f"DELETE FROM entities WHERE kind = 'decision' AND {latest} AND CAST(id AS INTEGER) > ?",
               (len(portfolio["decisions"]),))
    db.execute("DELETE FROM decisions WHERE number > ?", (len(portfolio["decisions"]),))
    for n, d in enumerate(portfolio["decisions"], 1):
        if db.execute(f"UPDATE entities SET content = ? WHERE kind = 'decision' AND id = ? AND {latest}",
                      (compact(d), str(n))).rowcount == 0:
            db.execute("INSERT INTO entities (kind, id, position, content, valid_from) VALUES ('decision', ?, ?, ?, ?)",
                       (str(n), n - 1, compact(d), head))
        db.execute("INSERT INTO decisions (number, revision, hash) VALUES (?, ?, ?) "
                   "ON CONFLICT (number) DO UPDATE SET hash = excluded.hash", (n, head, d["hash"]))
    db.commit()


def main(location, action):
    if location.endswith(".json"):
        with open(location, encoding="utf-8") as f:
            portfolio = json.load(f)
        tamper(portfolio, action)
        with open(location, "w", encoding="utf-8") as f:
            json.dump(portfolio, f, ensure_ascii=False, indent=2)
    else:
        tamper_store(location, action)


if __name__ == "__main__":
    main(*sys.argv[1:])
