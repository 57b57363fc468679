main_ran = False


def main(argv):
    global main_ran
    main_ran = True
    return len(argv)


print("tool imported as", __name__)

if __name__ == "__main__":
    main([])
    print("this only prints when tool.aw is the script")
