from .. import anything
