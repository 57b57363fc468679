# Union flattens and deduplicates; Optional[X] is Union[X, None]
from typing import Union, Optional, List
print(Union[int, str], Union[int], Union[int, Union[str, int]])
print(Optional[int], Union[int, None], Union[None, int], Union[int, None, str])
print(Optional[int] == Union[int, None], Optional[List[int]])
print(Union[int, str] == Union[int, str], hash(Optional[int]) == hash(Optional[int]))
