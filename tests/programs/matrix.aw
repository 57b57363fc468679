# A matrix class: tuple indexing, @ for multiplication, + and scalar *,
# transpose, determinant by elimination with exact ints, classmethods.


class MatrixError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any([len(r) != len(rows[0]) for r in rows]):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, pos):
        if isinstance(pos, tuple):
            i, j = pos
            return self.rows[i][j]
        return list(self.rows[pos])

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __add__(self, other):
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)]
                       for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[k * a for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise MatrixError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = other.T.rows
        return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols]
                       for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        n, m = self.shape
        if n != m:
            raise MatrixError("determinant needs a square matrix")
        a = [row[:] for row in self.rows]
        sign, prev = 1, 1
        for k in range(n - 1):  # Bareiss: exact for integers
            if a[k][k] == 0:
                for i in range(k + 1, n):
                    if a[i][k] != 0:
                        a[k], a[i] = a[i], a[k]
                        sign = -sign
                        break
                else:
                    return 0
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[n - 1][n - 1]

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max([len(str(x)) for r in self.rows for x in r])
        return "\n".join(["[" + " ".join([str(x).rjust(width) for x in r]) + "]"
                          for r in self.rows])


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A @ B, 2 * A, A * 3, sep="\n")
print(A.shape, A[1, 0], A[0], A.T)
print(Matrix.identity(3))
print(A @ Matrix.identity(2) == A, A == [[1, 2], [3, 4]])
fibm = Matrix([[1, 1], [1, 0]]) ** 30
print(fibm[0, 1], (Matrix([[1, 1], [1, 0]]) ** 0))
M = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(M.det(), Matrix([[0, 1], [1, 0]]).det(), Matrix([[1, 2], [2, 4]]).det())
print(Matrix([[1, 2, 3, 4], [5, 6, 7, 8], [2, 6, 4, 8], [3, 1, 1, 2]]).det())
C = Matrix.zeros(2, 3)
C[1, 2] = 7
print(C, C.T.shape)
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))
for bad in [lambda: A @ C.T, lambda: A + C, lambda: Matrix([[1], [1, 2]]),
            lambda: C.det(), lambda: {A}]:
    try:
        bad()
    except MatrixError as e:
        print("MatrixError:", e)
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(MatrixError("x"), ValueError))
