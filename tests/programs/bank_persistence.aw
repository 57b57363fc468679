# Saving and loading application state: account objects serialised to
# JSON through to_dict/from_dict, written to a file with open(), read back,
# compared, and a corrupted file handled through json.JSONDecodeError.
import json
import os

PATH = os.path.join(os.environ.get("TMPDIR", "/tmp"), "aw_programs_bank_persistence.json")


class Transaction:
    def __init__(self, kind, amount, note=""):
        self.kind, self.amount, self.note = kind, amount, note

    def to_dict(self):
        return {"kind": self.kind, "amount": self.amount, "note": self.note}

    @classmethod
    def from_dict(cls, d):
        return cls(d["kind"], d["amount"], d.get("note", ""))

    def __eq__(self, other):
        return vars(self) == vars(other)


class Account:
    def __init__(self, owner, transactions=None):
        self.owner = owner
        self.transactions = transactions or []

    @property
    def balance(self):
        sign = {"deposit": 1, "withdraw": -1}
        return sum([sign[t.kind] * t.amount for t in self.transactions])

    def deposit(self, amount, note=""):
        self.transactions.append(Transaction("deposit", amount, note))

    def withdraw(self, amount, note=""):
        if amount > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds for {amount}")
        self.transactions.append(Transaction("withdraw", amount, note))

    def to_dict(self):
        return {"owner": self.owner, "transactions": [t.to_dict() for t in self.transactions]}

    @classmethod
    def from_dict(cls, d):
        return cls(d["owner"], [Transaction.from_dict(t) for t in d["transactions"]])

    def __eq__(self, other):
        return self.owner == other.owner and self.transactions == other.transactions


class Bank:
    VERSION = 2

    def __init__(self):
        self.accounts = {}

    def open(self, owner):
        self.accounts[owner] = Account(owner)
        return self.accounts[owner]

    def save(self, path):
        state = {"version": self.VERSION,
                 "accounts": [a.to_dict() for a in self.accounts.values()]}
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(state, indent=2, sort_keys=True))

    @classmethod
    def load(cls, path):
        with open(path, encoding="utf-8") as f:
            state = json.loads(f.read())
        if state.get("version") != cls.VERSION:
            raise ValueError(f"unsupported version {state.get('version')}")
        bank = cls()
        for d in state["accounts"]:
            acct = Account.from_dict(d)
            bank.accounts[acct.owner] = acct
        return bank


bank = Bank()
a = bank.open("ann")
a.deposit(100, "salary")
a.withdraw(30, "rent – déjà")
b = bank.open("bob")
b.deposit(5)
try:
    b.withdraw(50)
except ValueError as e:
    print("ValueError:", e)
bank.save(PATH)
with open(PATH) as f:
    text = f.read()
print(text.count("\n"), text.splitlines()[:6])
loaded = Bank.load(PATH)
print(sorted(loaded.accounts), loaded.accounts["ann"].balance, loaded.accounts["bob"].balance)
print(loaded.accounts["ann"] == a, loaded.accounts["ann"] is a, loaded.accounts["ann"].transactions[1].note)

with open(PATH, "w") as f:
    f.write('{"version": 2, "accounts": [')
try:
    Bank.load(PATH)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
with open(PATH, "w") as f:
    f.write(json.dumps({"version": 1}))
try:
    Bank.load(PATH)
except ValueError as e:
    print("ValueError:", e)
os.remove(PATH)
try:
    Bank.load(PATH)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
print(json.dumps(a.to_dict(), ensure_ascii=False))
print(json.dumps(a.to_dict(), separators=(",", ":"))[:60])
