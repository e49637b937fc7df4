"""Opens image files with Pillow and prints, for each, the format Pillow reads.

Usage: check_images.py FILE...
Prints one line per file: `FILE<TAB>FORMAT` (PNG, JPEG, WEBP), after
Image.verify() accepted the file; a file Pillow cannot read makes the script
exit with status 1 and name it.
"""
import sys

from PIL import Image


def main(paths):
    for path in paths:
        try:
            with Image.open(path) as image:
                image.verify()
                print(f"{path}\t{image.format}")
        except Exception as error:  # noqa: BLE001: any failure means the file is not a usable image
            print(f"{path}: Pillow cannot read it: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
