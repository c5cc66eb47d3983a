from listwatch.index.coverage import Select

select: Select
