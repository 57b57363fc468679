# A grade book: students with scores per course, statistics written by
# hand (mean, median, standard deviation via math), letter grades, ranking
# with ties, a report sorted several ways, defaultdict grouping.
import math
from collections import defaultdict


class Student:
    def __init__(self, name, year):
        self.name = name
        self.year = year
        self.scores = {}

    def record(self, course, score):
        if not 0 <= score <= 100:
            raise ValueError(f"{self.name}: score {score} for {course} out of range")
        self.scores.setdefault(course, []).append(score)

    def average(self, course=None):
        if course is not None:
            marks = self.scores.get(course, [])
        else:
            marks = [m for ms in self.scores.values() for m in ms]
        return sum(marks) / len(marks) if marks else 0.0

    def __repr__(self):
        return f"Student({self.name!r})"


def mean(xs):
    return sum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum([(x - m) ** 2 for x in xs]) / (len(xs) - 1))


def letter(avg):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cutoff:
            return grade
    return "F"


def rank(pairs):
    """Competition ranking: equal values share a rank (1, 2, 2, 4)."""
    ordered = sorted(pairs, key=lambda p: (-p[1], p[0]))
    out, prev, prev_rank = [], None, 0
    for i, (name, value) in enumerate(ordered, 1):
        r = prev_rank if value == prev else i
        out.append((r, name, value))
        prev, prev_rank = value, r
    return out


RAW = """ann 2 math 91 math 85 art 78 bio 88
bob 1 math 72 art 95 art 90
cy 2 math 85 bio 61 bio 70 art 88
dee 3 math 99 bio 94
eve 1 art 64 math 58 bio 73
fay 3 math 88 art 88 bio 84"""

students = []
for line in RAW.splitlines():
    name, year, *rest = line.split()
    s = Student(name, int(year))
    for course, score in zip(rest[::2], rest[1::2]):
        s.record(course, int(score))
    students.append(s)

for s in students:
    print(f"{s.name:<4} year {s.year}  avg {s.average():6.2f}  {letter(s.average())}  "
          f"{ {c: round(s.average(c), 1) for c in sorted(s.scores)} }")
courses = sorted({c for s in students for c in s.scores})
for c in courses:
    marks = [m for s in students for m in s.scores.get(c, [])]
    print(f"{c:<5} n={len(marks)} mean={mean(marks):.2f} median={median(marks)} "
          f"sd={stdev(marks):.3f} range={min(marks)}-{max(marks)}")
print(rank([(s.name, round(s.average())) for s in students]))
by_year = defaultdict(list)
for s in students:
    by_year[s.year].append(s)
for year in sorted(by_year):
    group = by_year[year]
    best = max(group, key=lambda s: s.average())
    print(year, [s.name for s in group], "best:", best.name, round(mean([s.average() for s in group]), 2))
letters = defaultdict(int)
for s in students:
    letters[letter(s.average())] += 1
print(dict(sorted(letters.items())))
try:
    students[0].record("math", 101)
except ValueError as e:
    print("ValueError:", e)
print(Student("new", 1).average(), median([3, 1, 2]), median([4, 1, 3, 2]), letter(59.99))
print(sorted(students, key=lambda s: (s.year, -s.average()))[:3])
