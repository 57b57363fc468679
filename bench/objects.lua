-- 1,000,000 small instances (tables with a metatable), a method called on each.
local P = {}
P.__index = P

function P.new(x, y)
    return setmetatable({x = x, y = y}, P)
end

function P:total()
    return self.x + self.y
end

local function main()
    local s = 0
    for i = 0, 999999 do
        local p = P.new(i, i + 1)
        s = s + p:total()
    end
    print(s)
end

main()
