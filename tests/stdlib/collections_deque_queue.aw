# a deque as a FIFO queue and a sliding window
from collections import deque
q = deque()
for job in ["a", "b", "c"]:
    q.append(job)
while q:
    print("run", q.popleft())
window = deque(maxlen=3)
sums = []
for x in [1, 2, 3, 4, 5]:
    window.append(x)
    sums.append(sum(window))
print(sums, window)
stack = deque([1, 2])
stack.append(3)
print(stack.pop(), stack.pop(), stack)
