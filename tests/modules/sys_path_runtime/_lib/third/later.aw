import shared
WHERE = "third/later"
