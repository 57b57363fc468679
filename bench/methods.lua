-- 10,000,000 calls of one method on one object.
local Acc = {}
Acc.__index = Acc

function Acc.new()
    return setmetatable({k = 1}, Acc)
end

function Acc:m(i)
    return i + self.k
end

local function main()
    local o = Acc.new()
    local r = 0
    for i = 0, 9999999 do
        r = o:m(i)
    end
    print(r)
end

main()
