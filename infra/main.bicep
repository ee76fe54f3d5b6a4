param x string = 'a'
