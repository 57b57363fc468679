-- A 10,000,000-iteration arithmetic loop in a function (locals, not globals).
local function loop(n)
    local total = 0
    local i = 0
    while i < n do
        total = (total + i * 3) % 1000003
        i = i + 1
    end
    return total
end

print(loop(10000000))
