import zoo
import zoo.keepers

zoo.order.append("animals")
ANIMALS = {"lion": "meat", "zebra": "grass"}


def feed_all():
    return [f"{zoo.keepers.keeper_for(a)} feeds {a} {food}" for a, food in ANIMALS.items()]
