# hubls-run: python3 {file}; python3 -c "['a', 'b'].index('c')"; python3 -c "(1, 2).index(3)"
queue = ["job-1", "job-2"]
queue.remove("job-3")
