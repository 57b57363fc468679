# A user exception with __str__ escapes: the last stderr line is
# "InsufficientFunds: <str of the exception>".


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance, self.amount = balance, amount

    def __str__(self):
        return f"cannot withdraw {self.amount}: balance is {self.balance}"


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


acct = Account(100)
for amount in [30, 50, 40]:
    print("withdrew", amount, "left", acct.withdraw(amount))
