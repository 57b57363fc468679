# A Graph class: BFS shortest paths, DFS with an explicit stack, Dijkstra
# with a hand-written heap, topological sort (Kahn) on a deque, components.
from collections import deque, defaultdict


class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = defaultdict(dict)

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]  # make sure v exists
        return self

    def __contains__(self, node):
        return node in self.adj

    def __len__(self):
        return len(self.adj)

    def __iter__(self):
        return iter(sorted(self.adj))

    def neighbours(self, u):
        return sorted(self.adj[u])

    def bfs_path(self, start, goal):
        prev = {start: None}
        queue = deque([start])
        while queue:
            u = queue.popleft()
            if u == goal:
                path = []
                while u is not None:
                    path.append(u)
                    u = prev[u]
                return path[::-1]
            for v in self.neighbours(u):
                if v not in prev:
                    prev[v] = u
                    queue.append(v)
        return None

    def dfs_order(self, start):
        seen, order, stack = set(), [], [start]
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            order.append(u)
            stack.extend(reversed(self.neighbours(u)))
        return order

    def dijkstra(self, source):
        dist = {source: 0}
        heap = [(0, source)]
        while heap:
            d, u = heap_pop(heap)
            if d > dist.get(u, float("inf")):
                continue
            for v, w in sorted(self.adj[u].items()):
                nd = d + w
                if nd < dist.get(v, float("inf")):
                    dist[v] = nd
                    heap_push(heap, (nd, v))
        return dict(sorted(dist.items()))

    def topo_sort(self):
        indeg = {u: 0 for u in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = deque(sorted([u for u, d in indeg.items() if d == 0]))
        order = []
        while ready:
            u = ready.popleft()
            order.append(u)
            for v in self.neighbours(u):
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.append(v)
        if len(order) != len(self.adj):
            raise ValueError("graph has a cycle")
        return order

    def components(self):
        seen, comps = set(), []
        for u in self:
            if u not in seen:
                comp = self.dfs_order(u)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i and heap[i] < heap[(i - 1) // 2]:
        heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
        i = (i - 1) // 2


def heap_pop(heap):
    top, last = heap[0], heap.pop()
    if heap:
        heap[0] = last
        i = 0
        while True:
            c = min([j for j in (2 * i + 1, 2 * i + 2, i) if j < len(heap)], key=lambda j: heap[j])
            if c == i:
                break
            heap[i], heap[c] = heap[c], heap[i]
            i = c
    return top


g = Graph()
for u, v, w in [("A", "B", 4), ("A", "C", 2), ("B", "C", 5), ("B", "D", 10),
                ("C", "E", 3), ("E", "D", 4), ("D", "F", 11), ("X", "Y", 1)]:
    g.add_edge(u, v, w)
print(len(g), "A" in g, "Q" in g, list(g))
print(g.bfs_path("A", "F"), g.bfs_path("A", "Y"), g.bfs_path("C", "C"))
print(g.dfs_order("A"))
print(g.dijkstra("A"))
print(g.components())

dag = Graph(directed=True)
for u, v in [("shirt", "tie"), ("tie", "jacket"), ("trousers", "shoes"),
             ("trousers", "belt"), ("belt", "jacket"), ("shirt", "belt"), ("socks", "shoes")]:
    dag.add_edge(u, v)
print(dag.topo_sort())
dag.add_edge("jacket", "shirt")
try:
    dag.topo_sort()
except ValueError as e:
    print("ValueError:", e)
grid = Graph()
for r in range(4):
    for c in range(4):
        if c < 3 and (r, c) != (1, 1):
            grid.add_edge((r, c), (r, c + 1))
        if r < 3 and (r, c) not in [(0, 2), (1, 2)]:
            grid.add_edge((r, c), (r + 1, c))
print(grid.bfs_path((0, 0), (0, 3)))
print(len(grid.bfs_path((0, 0), (3, 3))) - 1, grid.dijkstra((0, 0))[(3, 3)])
