import shared
WHERE = "second/later"
