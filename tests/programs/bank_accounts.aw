# A small bank: an account hierarchy, custom exceptions with __str__,
# a class-level counter for account numbers and a transfer helper.


class BankError(Exception):
    """Base class for every error the bank raises."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(account, amount)
        self.account = account
        self.amount = amount

    def __str__(self):
        return (f"account {self.account.number} has {self.account.balance}, "
                f"needs {self.amount}")


class AccountFrozen(BankError):
    pass


class Account:
    next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
        self.frozen = False

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance

    def available(self):
        return self.balance

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"

    def __str__(self):
        return f"#{self.number} {self.owner:<6} {self.kind:<8} {self.balance:>8}"


class Savings(Account):
    kind = "savings"

    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate)
        self.deposit(interest)
        return interest


class Checking(Account):
    kind = "checking"

    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft


def transfer(src, dst, amount):
    src.withdraw(amount)
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)  # undo
        raise


accounts = [Account("ann", 50), Savings("bob", 1000, rate=0.05),
            Checking("cy", 20, overdraft=200)]
for a in accounts:
    print(a)
print(accounts)

print(accounts[1].add_interest())
transfer(accounts[1], accounts[0], 300)
try:
    transfer(accounts[0], accounts[2], 500)
except InsufficientFunds as e:
    print("failed:", e)
    print(isinstance(e, BankError), e.amount, e.args[1])
accounts[2].withdraw(150)
print(accounts[2].balance, accounts[2].available())

accounts[0].frozen = True
try:
    transfer(accounts[2], accounts[0], 10)
except AccountFrozen as e:
    print(type(e).__name__, e)
print(accounts[2].balance)

try:
    accounts[1].deposit(-5)
except BankError:
    print("not reached")
except ValueError as e:
    print("ValueError:", e)

for a in accounts:
    print(a.number, a.history)
print(Account.next_number, Savings.next_number, Checking.kind, Account.kind)
print(issubclass(InsufficientFunds, Exception), InsufficientFunds.__mro__[1].__name__)
print(sum([a.balance for a in accounts]))
