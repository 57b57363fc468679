print(u'unicode', U"upper", rb'x', Br'y', f'{1+1}', F'{2}', fr'{3}\n', Rf'{4}\t', rF'x')
