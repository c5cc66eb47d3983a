from listwatch.index.coverage import MostAlike, Select

select: Select
most_alike: MostAlike
