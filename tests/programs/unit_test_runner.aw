# A miniature unittest: TestCase classes whose test_* methods are found
# with dir(), setUp/tearDown, assertion helpers raising AssertionError,
# expected exceptions through a context manager, and a summary report.


class SkipTest(Exception):
    pass


class AssertRaises:
    def __init__(self, expected):
        self.expected = expected
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            raise AssertionError(f"{self.expected.__name__} not raised")
        if issubclass(exc_type, self.expected):
            self.exception = exc
            return True
        return False


class TestCase:
    def setUp(self):
        pass

    def tearDown(self):
        pass

    def assertEqual(self, a, b):
        if a != b:
            raise AssertionError(f"{a!r} != {b!r}")

    def assertTrue(self, x, msg=None):
        if not x:
            raise AssertionError(msg or f"{x!r} is not true")

    def assertIn(self, item, container):
        if item not in container:
            raise AssertionError(f"{item!r} not found in {container!r}")

    def assertRaises(self, exc):
        return AssertRaises(exc)

    def skip(self, reason):
        raise SkipTest(reason)


class Runner:
    def __init__(self):
        self.results = []

    def run(self, *classes):
        for cls in classes:
            names = sorted([n for n in dir(cls) if n.startswith("test_") and callable(getattr(cls, n))])
            for name in names:
                case = cls()
                label = f"{cls.__name__}.{name}"
                try:
                    case.setUp()
                    try:
                        getattr(case, name)()
                    finally:
                        case.tearDown()
                except SkipTest as e:
                    self.results.append((label, "skip", str(e)))
                except AssertionError as e:
                    self.results.append((label, "FAIL", str(e)))
                except Exception as e:
                    self.results.append((label, "ERROR", f"{type(e).__name__}: {e}"))
                else:
                    self.results.append((label, "ok", ""))
        return self

    def report(self):
        for label, status, detail in self.results:
            print(f"{label:<34} {status:<5} {detail}")
        counts = {}
        for _, status, _ in self.results:
            counts[status] = counts.get(status, 0) + 1
        print(", ".join([f"{n} {s}" for s, n in sorted(counts.items())]))
        return counts.get("FAIL", 0) + counts.get("ERROR", 0) == 0


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


class StackTests(TestCase):
    log = []

    def setUp(self):
        self.s = Stack()
        StackTests.log.append("setUp")

    def tearDown(self):
        StackTests.log.append("tearDown")

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(self.s.items, [1])

    def test_pop_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertIn("empty", str(cm.exception))

    def test_wrong_expectation(self):
        self.s.push("a")
        self.assertEqual(self.s.pop(), "b")

    def test_error(self):
        self.s.items = None
        self.s.push(3)

    def test_skipped(self):
        self.skip("not today")

    def helper_not_a_test(self):
        raise RuntimeError("must not run")

    test_not_callable = 42


class MathTests(TestCase):
    def test_truth(self):
        self.assertTrue(0 == 0.0)
        self.assertTrue([], "empty list is falsy")

    def test_raises_wrong_type(self):
        with self.assertRaises(KeyError):
            [][0]

    def test_not_raised(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 1


ok = Runner().run(StackTests, MathTests).report()
print("passed:", ok)
print(StackTests.log.count("setUp"), StackTests.log.count("tearDown"))
print(issubclass(StackTests, TestCase), [n for n in dir(StackTests) if n.startswith("test_")][:2])
