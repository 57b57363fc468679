-- Count 1,000,000 words drawn from a 1,000-word vocabulary by an LCG:
-- string building, table lookups and table stores.
local function main()
    local syllables = {"ka", "lo", "mi", "ne", "su", "ta", "vo", "ri", "pe", "zu"}
    local vocab = {}
    for _, a in ipairs(syllables) do
        for _, b in ipairs(syllables) do
            for _, c in ipairs(syllables) do
                vocab[#vocab + 1] = a .. b .. c
            end
        end
    end
    local counts = {}
    local ncounts = 0
    local seed = 12345
    for _ = 1, 1000000 do
        seed = (seed * 1103515245 + 12345) % 2147483648
        local w = vocab[(seed >> 16) % 1000 + 1]
        local n = counts[w]
        if n == nil then
            ncounts = ncounts + 1
            n = 0
        end
        counts[w] = n + 1
    end
    local best, best_n = "", -1
    for _, w in ipairs(vocab) do
        local n = counts[w] or 0
        if n > best_n then
            best, best_n = w, n
        end
    end
    print(string.format("%d %s %d %d", ncounts, best, best_n, counts["kakaka"]))
end

main()
