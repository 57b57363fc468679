class AppError(Exception):
    pass
raise AppError("it broke")
