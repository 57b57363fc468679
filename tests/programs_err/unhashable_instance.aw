# A class with __eq__ and no __hash__ cannot be put in a set.


class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)


hand = [Card(10, "h"), Card(10, "h"), Card(2, "s")]
print(hand[0] == hand[1], hand.count(Card(10, "h")))
print(len(set(hand)))
