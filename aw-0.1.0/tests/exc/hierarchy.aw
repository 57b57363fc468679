pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, Exception), (IndexError, LookupError), (KeyError, LookupError),
    (LookupError, Exception), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
    (UnicodeEncodeError, UnicodeError), (UnicodeDecodeError, ValueError),
    (UnicodeError, ValueError), (FileNotFoundError, OSError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (StopIteration, Exception), (AssertionError, Exception),
    (AttributeError, Exception), (TypeError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, Exception), (SystemExit, BaseException), (MemoryError, Exception),
    (KeyError, IndexError), (bool, int), (int, object), (ValueError, ValueError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(KeyError, (ValueError, LookupError)))
print(isinstance(KeyError("x"), LookupError), isinstance(ValueError(), (TypeError, ValueError)))
