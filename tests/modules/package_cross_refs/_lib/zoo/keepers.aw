import zoo
import zoo.animals

zoo.order.append("keepers")
KEEPERS = ["ann", "bob"]


def keeper_for(animal):
    return KEEPERS[sorted(zoo.animals.ANIMALS).index(animal) % len(KEEPERS)]


def roster():
    return {k: [a for a in zoo.animals.ANIMALS if keeper_for(a) == k] for k in KEEPERS}
