# A lending library: books and members with __eq__/__hash__ so they work as
# dict keys and set members, loans with due days, fines, custom exceptions.


class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, book, holder):
        super().__init__(f"{book.title!r} is on loan to {holder.name}")


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author):
        self.isbn, self.title, self.author = isbn, title, author

    def __eq__(self, other):
        return isinstance(other, Book) and self.isbn == other.isbn

    def __hash__(self):
        return hash(self.isbn)

    def __repr__(self):
        return f"Book({self.isbn})"


class Member:
    LIMIT = 2

    def __init__(self, mid, name):
        self.mid, self.name = mid, name
        self.fines = 0

    def __eq__(self, other):
        return isinstance(other, Member) and self.mid == other.mid

    def __hash__(self):
        return self.mid

    def __repr__(self):
        return f"Member({self.name})"


class Staff(Member):
    LIMIT = 5


class Library:
    FINE_PER_DAY = 25
    LOAN_DAYS = 14

    def __init__(self):
        self.catalog = {}
        self.loans = {}        # book -> (member, due day)
        self.today = 0

    def add(self, *books):
        for b in books:
            self.catalog[b.isbn] = b

    def on_loan(self, member):
        return sorted([b.isbn for b, (m, _) in self.loans.items() if m == member])

    def lend(self, isbn, member):
        book = self.catalog[isbn]
        if book in self.loans:
            raise NotAvailable(book, self.loans[book][0])
        if len(self.on_loan(member)) >= member.LIMIT:
            raise LimitReached(f"{member.name} already has {member.LIMIT} books")
        self.loans[book] = (member, self.today + self.LOAN_DAYS)

    def give_back(self, isbn):
        book = self.catalog[isbn]
        member, due = self.loans.pop(book)
        late = max(0, self.today - due)
        member.fines += late * self.FINE_PER_DAY
        return late

    def advance(self, days):
        self.today += days

    def overdue(self):
        return sorted([(b.isbn, m.name, self.today - due)
                       for b, (m, due) in self.loans.items() if self.today > due])


lib = Library()
lib.add(Book(1, "Dune", "Herbert"), Book(2, "Emma", "Austen"),
        Book(3, "Ulysses", "Joyce"), Book(4, "Beloved", "Morrison"))
ann, bob, sue = Member(10, "ann"), Member(11, "bob"), Staff(12, "sue")
lib.lend(1, ann)
lib.lend(2, ann)
for isbn, who in [(3, ann), (1, bob), (3, bob), (4, sue)]:
    try:
        lib.lend(isbn, who)
        print("lent", isbn, "to", who.name)
    except LibraryError as e:
        print(type(e).__name__ + ":", e)
lib.advance(10)
print(lib.give_back(1), lib.overdue())
lib.advance(7)
print(lib.overdue())
lib.lend(1, sue)
lib.advance(20)
print([lib.give_back(i) for i in (2, 3, 4, 1)], lib.loans)
print([(m.name, m.fines) for m in (ann, bob, sue)])
print(Book(1, "x", "y") == lib.catalog[1], Book(1, "x", "y") in {lib.catalog[1]: 0},
      len({ann, Member(10, "other ann"), bob}), Staff(12, "s") == sue)
print({sue: "staff"}[Member(12, "?")], sue.LIMIT, Member.LIMIT, ann != bob)
members = {ann: [], bob: [], sue: []}
for isbn in (1, 2, 3, 4):
    who = [ann, bob, sue][isbn % 3]
    members[who].append(isbn)
print(members)
print(sorted(lib.catalog.values(), key=lambda b: b.title), lib.catalog[3].author)
