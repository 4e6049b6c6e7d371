

<!DOCTYPE html>
<html>
<head><meta http-equiv="pragma" content="no-cache" /><meta name="renderer" content="webkit|ie-comp|ie-stand" /><meta http-equiv="cache-control" content="no-cache" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta http-equiv="expires" content="0" /><meta http-equiv="keywords" content="北京师范大学政府管理学院,政府管理学院,北师大政府管理学院,北师大政府管理学院,www.heu.edu.cn" /><meta http-equiv="description" content="欢迎访问北京师范大学政府管理学院" /><meta http-equiv="X-UA-Compatible" content="IE=edge,Chrome=1" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" /><meta http-equiv="X-UA-Compatible" content="IE=EmulateIE10" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta http-equiv="X-UA-Compatible" content="IE=9" /><meta name="viewport" content="width=device-width, user-scalable=no, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0" /><title>
	北京师范大学政府管理学院
</title>
    <script type="text/javascript" src="js/jquery-1.8.3.min.js"></script>
    <script type="text/javascript" src="js/bootstrap.js"></script>
    <script type="text/javascript" src="js/slider.js"></script>
    <script type="text/javascript" src="js/dropdown.js"></script>
    <script src="js/jquery-accordion-menu.js" type="text/javascript"></script>
    <script src="js/jquery-3.1.1.js"></script>
    <link rel="stylesheet" href="css/bootstrap.min.css" /><link rel="stylesheet" href="css/css.css" /><link rel="stylesheet" href="css/style.css" /><link rel="stylesheet" href="fonts/iconfont.css" /><link href="css/jquery-accordion-menu.css" rel="stylesheet" type="text/css" />
    <script src="js/responsive-util2.js"></script>
    <script src="js/scrolltopcontrol.js"></script>
    <script src="js/caidan.js"></script>
    <!--让bootstrap兼容ie8 
[if lte IE 8]-->
    <script type="text/javascript" src="js/respond.min.js"></script>
    <script type="text/javascript" src="js/html5.js"></script>
    <!--  [endif]
 [if lt IE 9]-->

    <script src="js/html5shiv.js"></script>
    <script src="js/respond.min.js"></script>
    <!-- [endif]-->
    <!-- HTML5 Shim and Respond.js IE8 support of HTML5 elements and media queries -->
    <script type="text/javascript">
        $(function () {
            $('#demo01').flexslider({
                animation: "slide",
                direction: "horizontal",
                easing: "swing",
            });
            $('#demo02').flexslider({
                animation: "slide",
                direction: "vertical",
                easing: "swing"
            });

            // 使用说明
            /*
                animation: "slide", //转换方式 fade淡入淡出 slide滚动
                direction:"horizontal", //滚动方向 horizontal左右 vertical上下
                slideshowSpeed: 3000, //停留时间
                directionNav: true, //是否显示左右控制按钮 true&false
                controlNav: true, //是否显示下方控制按钮 true&false
                mousewheel: false, //是否允许鼠标控制滚动 true&fals
            */

        });
        function _openSelectLink(selecto, linkname, addclicktimename) {
            if (linkname == undefined || linkname == "")
                linkname = "value";


            var index = selecto.selectedIndex;
            var option = selecto.options[index];

            var url = option.getAttribute("value");
            if (addclicktimename != undefined && addclicktimename != "") {
                try {
                    eval(option.getAttribute(addclicktimename))
                }
                catch (e) {
                }
            }

            window.open(url);

            if (selecto.selectedIndex != 0) {
                selecto.selectedIndex = 0;
            }
        }
    </script>




    <script type="text/javascript">
        jQuery(document).ready(function () {
            jQuery("#jquery-accordion-menu").jqueryAccordionMenu();

        });

        $(function () {
            //顶部导航切换

        })
        //banner轮播

    </script>
    <style>
.cex-list>li>a{
	color:#fff;
	padding:10px 19.8px;
}
</style>

</head>
<body style="background-color: #eee">
    <form name="form1" method="post" action="newshow.aspx?newid=5964&amp;wzlx=announcement" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTAyOTU0NDI0OA9kFgICAw9kFhICBQ8WAh4LXyFJdGVtQ291bnQCCBYQZg9kFgRmDxUCGmFib3V0LmFzcHg/Y2Rzcz0xOSZjZGJoPTE5DOWtpumZouS7i+e7jWQCAQ8WAh8AAgUWCmYPZBYCZg8VAhphYm91dC5hc3B4P2Nkc3M9MTkmY2RiaD0yMAzlrabpmaLmpoLov7BkAgEPZBYCZg8VAhxoaXN0b3J5LmFzcHg/Y2Rzcz0xOSZjZGJoPTIxDOWOhuWPsuayv+mdqWQCAg9kFgJmDxUCHnN0cnVjdHVyZS5hc3B4P2Nkc3M9MTkmY2RiaD0yMgznu4Tnu4fmnLrmnoRkAgMPZBYCZg8VAhxTdWJqZWN0LmFzcHg/Y2Rzcz0xOSZjZGJoPTIzDOWtpuenkeiuvue9rmQCBA9kFgJmDxUCH0RlcGFydG1lbnQuYXNweD9jZHNzPTE5JmNkYmg9MjQM57O75omA5LuL57uNZAIBD2QWBGYPFQIecGVyc29ubmVsLmFzcHg/Y2Rzcz0yNSZjZGJoPTI1DOS6uuaJjeWfueWFu2QCAQ8WAh8AAgcWDmYPZBYCZg8VAiJ1bmRlcmdyYWR1YXRlLmFzcHg/Y2Rzcz0yNSZjZGJoPTI2CeacrOenkeeUn2QCAQ9kFgJmDxUCG01hc3Rlci5hc3B4P2Nkc3M9MjUmY2RiaD0yNwnnoZXlo6vnlJ9kAgIPZBYCZg8VAhxNYXN0ZXJiLmFzcHg/Y2Rzcz0yNSZjZGJoPTI4CeWNmuWjq+eUn2QCAw9kFgJmDxUCHU1hc3RlcmJoLmFzcHg/Y2Rzcz0yNSZjZGJoPTI5CeWNmuWjq+WQjmQCBA9kFgJmDxUCHmluZGV4LW1wYS5hc3B4P2Nkc3M9MjUmY2RiaD0zMANNUEFkAgUPZBYCZg8VAh1wcmFjdGljZS5hc3B4P2Nkc3M9MjUmY2RiaD0zMQzlrp7kuaDln7rlnLBkAgYPZBYCZg8VAh9sYWJvcmF0b3J5LmFzcHg/Y2Rzcz0yNSZjZGJoPTMyCeWunumqjOWupGQCAg9kFgRmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzMM5oub55Sf5bCx5LiaZAIBDxYCHwACBBYIZg9kFgJmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzQM5a2m6Zmi566A5LuLZAIBD2QWAmYPFQIhcHJvZmVzc2lvbmFsLmFzcHg/Y2Rzcz0zMyZjZGJoPTM1DOS4k+S4muS7i+e7jWQCAg9kFgJmDxUCHXJlZ2lzdGVyLmFzcHg/Y2Rzcz0zMyZjZGJoPTM2DOaKpeiAg+aMh+WNl2QCAw9kFgJmDxUCH2VtcGxveW1lbnQuYXNweD9jZHNzPTMzJmNkYmg9MzcM5bCx5Lia5oyH5a+8ZAIDD2QWBGYPFQIhdGVhY2hlcnN0YWZmLmFzcHg/Y2Rzcz0zOCZjZGJoPTM4DOW4iOi1hOmYn+S8jWQCAQ8WAh8AAgcWDmYPZBYCZg8VAiRUYWRtaW5pc3RyYXRpdmUuYXNweD9jZHNzPTM4JmNkYmg9MzkM6KGM5pS/566h55CGZAIBD2QWAmYPFQIbVGh1bWFuLmFzcHg/Y2Rzcz0zOCZjZGJoPTQwDOS6uuWKm+i1hOa6kGQCAg9kFgJmDxUCIVRpbmZvcm1hdGlvbi5hc3B4P2Nkc3M9MzgmY2RiaD00MQzkv6Hmga/nrqHnkIZkAgMPZBYCZg8VAiBUbWFuYWdlbWVudC5hc3B4P2Nkc3M9MzgmY2RiaD00MhXnrqHnkIbnp5HlrabkuI7lt6XnqItkAgQPZBYCZg8VAhpUbGFuZC5hc3B4P2Nkc3M9MzgmY2RiaD00MxLlnJ/lnLDotYTmupDnrqHnkIZkAgUPZBYCZg8VAh9UcG9saXRpY2FsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ0CeaUv+ayu+WtpmQCBg9kFgJmDxUCI1RpbnRlcm5hdGlvbmFsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ1DOWbvemZheWFs+ezu2QCBA9kFgRmDxUCHXJlc2VhcmNoLmFzcHg/Y2Rzcz00NiZjZGJoPTQ2DOWtpuacr+enkeeglGQCAQ8WAh8AAgUWCmYPZBYCZg8VAhxwcm9qZWN0LmFzcHg/Y2Rzcz00NiZjZGJoPTQ3DOenkeeglOmhueebrmQCAQ9kFgJmDxUCHWFjYWRlbWljLmFzcHg/Y2Rzcz00NiZjZGJoPTQ4DOWtpuacr+iuuuaWh2QCAg9kFgJmDxUCHm1vbm9ncmFwaC5hc3B4P2Nkc3M9NDYmY2RiaD00OQzkuJPokZfmlZnmnZBkAgMPZBYCZg8VAiRyZXNlYXJjaC1yZXBvcnQuYXNweD9jZHNzPTQ2JmNkYmg9NTAM56CU56m25oql5ZGKZAIED2QWAmYPFQIbc3lzdGVtLmFzcHg/Y2Rzcz00NiZjZGJoPTUxDOenkeeglOWItuW6pmQCBQ9kFgRmDxUCIlN0dWRlbnRzLXdvcmsuYXNweD9jZHNzPTUyJmNkYmg9NTIM5a2m55Sf5bel5L2cZAIBDxYCHwACBxYOZg9kFgJmDxUCIWFubm91bmNlbWVudC5hc3B4P2Nkc3M9NTImY2RiaD01MwzpgJrnn6XlhazlkYpkAgEPZBYCZg8VAiFvcmdhbml6YXRpb24uYXNweD9jZHNzPTUyJmNkYmg9NTQM56S+5Zui6aOO6YeHZAICD2QWAmYPFQIjUGFydHktQnVpbGRpbmcuYXNweD9jZHNzPTUyJmNkYmg9NTUM5YWa5peX6aOY6aOYZAIDD2QWAmYPFQIkc3R1ZGVudGFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU2DOePree6p+W7uuiuvmQCBA9kFgJmDxUCI1lvdXRoLWFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU3DOWbouWnlOW3peS9nGQCBQ9kFgJmDxUCIHN0dWRlbnQtYWN0LmFzcHg/Y2Rzcz01MiZjZGJoPTU4DOWtpueUn+a0u+WKqGQCBg9kFgJmDxUCG3hpYXphaS5hc3B4P2Nkc3M9NTImY2RiaD01OQzluLjnlKjkuIvovb1kAgYPZBYEZg8VAh1zZXJ2aWNlcy5hc3B4P2Nkc3M9NjAmY2RiaD02MAznpL7kvJrmnI3liqFkAgEPFgIfAAIDFgZmD2QWAmYPFQIfY29udGludWluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MQznu6fnu63mlZnogrJkAgEPZBYCZg8VAh10cmFpbmluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MgznpL7kvJrln7norq1kAgIPZBYCZg8VAh1leGNoYW5nZS5hc3B4P2Nkc3M9NjAmY2RiaD02Mwzlr7nlpJbkuqTmtYFkAgcPZBYEZg8VAhthbHVtbmkuYXNweD9jZHNzPTY0JmNkYmg9NjQM6Zmi5Y+L5LmL56qXZAIBDxYCHwACAxYGZg9kFgJmDxUCG2FsdW1uaS5hc3B4P2Nkc3M9NjQmY2RiaD02NQzpmaLlj4vmtLvliqhkAgEPZBYCZg8VAiBhbHVtbmlzdHlsZS5hc3B4P2Nkc3M9NjQmY2RiaD02NgzpmaLlj4vpo47ph4dkAgIPZBYCZg8VAiJhbHVtbmlzZXJ2aWNlLmFzcHg/Y2Rzcz02NCZjZGJoPTY3DOmZouWPi+acjeWKoWQCBw8WAh4EaHJlZgUec2RkbGlzdC5hc3B4P2NkaWQ9YW5ub3VuY2VtZW50ZAIIDw8WAh4EVGV4dAUM6YCa55+l5YWs5ZGKZGQCCg8PFgIfAgVJ5YWz5LqO5oiR6ZmiMjAxN+W5tOW6puacrOenkeeUn+Wwj+Wtpuacn+ePoOa1t+ekvuS8muWunui3tea0u+WKqOeahOmAmuefpWRkAgwPDxYCHwIFCjIwMTctMDYtMDlkZAIODw8WAh8CBQM5MTNkZAIQDw8WAh8CBZEpPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9Im1hcmdpbi1sZWZ0OjBjbTsiPg0KCTxiPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7mtLvliqjnroDku4vvvJo8L3NwYW4+PHNwYW4+PC9zcGFuPjwvYj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJtYXJnaW4tbGVmdDowY207dGV4dC1pbmRlbnQ6MjEuMHB0OyI+DQoJPHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPuS4uuWTjeW6lOWtpumZoue7hOe7h+WQhOezu+WcqOaakeWBh+acn+mXtOi1sOWHuuagoeWbreOAgei1sOi/m+ekvuS8mu+8jOWBmuS4juWtpumZouS6pOWPieWtpuenkeebuOWFs+eahOekvuS8muiwg+afpeS4juekvuS8muWunui3teeahOaUr+aMgeWSjOimgeaxgu+8jOacrOW5tOW6pueJueW8gOWxleacrOenkeeUn+Wwj+Wtpuacn+ePoOa1t+ekvuS8muWunui3tea0u+WKqOOAguWQhOezu+aLn+WHuuS4gOWQjeaVmeW4iOWPguS4jua0u+WKqO+8iOabtOi1nuaIkOezu+S4u+S7u+S6suWOhuS6suS4uu+8ie+8jOS4uuWQhOS4k+S4mui1sOWHuuWOu+WtpuS5oOeglOeptuaPkOS+m+W4ruWKqeOAgueOsOmAieaLlOS8mOengOWtpueUn+WPguWKoOePoOa1t+ekvuS8muWunui3tea0u+WKqO+8jOacieWFs+WuieaOkumAmuefpeWmguS4i++8mjwvc3Bhbj48c3Bhbj48L3NwYW4+DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0ibWFyZ2luLWxlZnQ6MGNtOyI+DQoJPGI+PHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPua0u+WKqOWFt+S9k+S/oeaBr++8mjwvc3Bhbj48c3Bhbj48L3NwYW4+PC9iPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9Im1hcmdpbi1sZWZ0OjBjbTt0ZXh0LWluZGVudDoyMS4wcHQ7Ij4NCgk8c3Bhbj4xLjwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5Lq65pWw77ya5a2m55SfPC9zcGFuPjxzcGFuPjMwPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7kurrvvIzkuLvopoHnlLHlpKfkuIDlpKfkuozlrabnlJ/mnoTmiJDjgII8L3NwYW4+PHNwYW4+PC9zcGFuPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9Im1hcmdpbi1sZWZ0OjBjbTt0ZXh0LWluZGVudDoyMS4wcHQ7Ij4NCgk8c3Bhbj4yLjwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5pel5pyf77yaPC9zcGFuPjxzcGFuPjIwMTc8L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPuW5tDwvc3Bhbj48c3Bhbj43PC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7mnIg8L3NwYW4+PHNwYW4+ODwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5pel77yI5ZGo5YWt77yJPC9zcGFuPjxzcGFuPi03PC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7mnIg8L3NwYW4+PHNwYW4+MTU8L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPuaXpe+8iOWRqOWFre+8ie+8jOWuieaOkuS6lOWkqeW3puWPs+WGheWuue+8jOmmluWwvuS4pOWkqeS4uui3r+eoi+OAgjwvc3Bhbj48c3Bhbj48L3NwYW4+DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0ibWFyZ2luLWxlZnQ6MGNtO3RleHQtaW5kZW50OjIxLjBwdDsiPg0KCTxzcGFuPjMuPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7lrp7ot7XlhoXlrrnvvJrkuLvopoHljIXmi6zotbTnj6DkuInop5LkvIHkuJrlj4Lop4LjgIHkuI7liIbmoKHlrabnlJ/luqfosIjogZTosIrnrYnvvIzlt7LnlLHnj6DmtbfliIbmoKHnrqHnkIblrabpmaLlnKjliqDntKfokL3lrp7jgII8L3NwYW4+PHNwYW4+PC9zcGFuPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9Im1hcmdpbi1sZWZ0OjBjbTt0ZXh0LWluZGVudDoyMS4wcHQ7Ij4NCgk8c3Bhbj40Ljwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5pS/562W77ya55Sx5a2m6Zmi6LSf6LSj5a2m55Sf6LW054+g5rW35Yqo6L2m56Gs5bqn54Gr6L2m56Wo77yM6JC95Zyw5ZCO5Yiw56a75byA55Sx5YiG5qCh6LSf6LSj44CC6ICB5biI5b6A6L+U55Sx5a2m6Zmi5om/5ouF44CCPC9zcGFuPjxzcGFuPjwvc3Bhbj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJtYXJnaW4tbGVmdDowY207Ij4NCgk8Yj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5rS75Yqo55Sz6K+377yaPC9zcGFuPjxzcGFuPjwvc3Bhbj48L2I+DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0ibWFyZ2luLWxlZnQ6MGNtOyI+DQoJPHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPu+8iDwvc3Bhbj48c3Bhbj4xPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7vvInnlLPor7flr7nosaE8L3NwYW4+PHNwYW4+PC9zcGFuPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9Im1hcmdpbi1sZWZ0OjBjbTt0ZXh0LWluZGVudDoyMS4wcHQ7Ij4NCgk8c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5pS/5bqc566h55CG5a2m6ZmiPC9zcGFuPjxzcGFuPjIwMTU8L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPuOAgTwvc3Bhbj48c3Bhbj4yMDE2PC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7nuqflnKjor7vmnKznp5HnlJ88L3NwYW4+PHNwYW4+PC9zcGFuPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9Im1hcmdpbi1sZWZ0OjBjbTt0ZXh0LWluZGVudDowY207Ij4NCgk8c3Bhbj7vvIgy77yJPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7nlLPor7fmnaHku7Y8L3NwYW4+PHNwYW4+PC9zcGFuPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9Im1hcmdpbi1sZWZ0OjBjbTt0ZXh0LWluZGVudDoyMS4wcHQ7Ij4NCgk8c3Bhbj4xLjwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5pS/5rK756uL5Zy65Z2a5a6a77yM5ZOB5b635LyY6Imv77yM6LSj5Lu75b+D5by677yM6YG157qq5a6I5rOV77ybPC9zcGFuPjxzcGFuPjwvc3Bhbj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJtYXJnaW4tbGVmdDowY207dGV4dC1pbmRlbnQ6MjEuMHB0OyI+DQoJPHNwYW4+Mi48L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPuWtpuS5oOaIkOe7qeiJr+Wlve+8jOWFt+acieaYjuehrueahOWtpuS5oOiuoeWIkuWSjOebrueahO+8mzwvc3Bhbj48c3Bhbj48L3NwYW4+DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0ibWFyZ2luLWxlZnQ6MGNtO3RleHQtaW5kZW50OjIxLjBwdDsiPg0KCTxzcGFuPjMuJm5ic3A7PC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7lhbfmnInlm6LpmJ/lkIjkvZznsr7npZ7vvIzlloTkuo7kuI7kurrmsp/pgJrnm7jlpITjgII8L3NwYW4+PHNwYW4+PC9zcGFuPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9Im1hcmdpbi1sZWZ0OjBjbTsiPg0KCTxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7vvIg8L3NwYW4+PHNwYW4+Mzwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+77yJ55Sz6K+35pa55byPPC9zcGFuPjxzcGFuPjwvc3Bhbj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJtYXJnaW4tbGVmdDowY207dGV4dC1pbmRlbnQ6MjEuMHB0OyI+DQoJPHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPuWHoeespuWQiOaKpeWQjeadoeS7tueahOWtpueUn+Wdh+WPr+S4i+i9veOAiuaUv+W6nOeuoeeQhuWtpumZojwvc3Bhbj48c3Bhbj4yMDE3PC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7lubTluqbmnKznp5HnlJ/lsI/lrabmnJ/nj6DmtbfnpL7kvJrlrp7ot7XmtLvliqjmiqXlkI3ooajjgIvvvIzlubbpmYTkuIrmiJDnu6nljZXkuIDku73vvIzkuo48L3NwYW4+PHNwYW4+Njwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5pyIPC9zcGFuPjxzcGFuPjE0PC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7ml6XvvIjlkajkuInvvInkuIvljYg8L3NwYW4+PHNwYW4+MTY6MDA8L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPuS5i+WJjeS6pOiHs+WQhOePreePremVv+WkhOOAguWQhOePremVv+Wwhue6uOi0qOeJiOaKpeWQjeadkOaWmeaxh+aAu+WQju+8jOS7peePree6p+S4uuWNleS9jee7n+S4gOS6pOiHs+S4u+alvDwvc3Bhbj48c3Bhbj5BNTExYTwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+5a2m6Zmi5pys56eR5pWZ5Yqh5Yqe5YWs5a6k44CCPC9zcGFuPjxzcGFuPjwvc3Bhbj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJtYXJnaW4tbGVmdDowY207Ij4NCgk8c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+77yIPC9zcGFuPjxzcGFuPjM8L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtZmFtaWx5OuWui+S9kzsiPu+8ieiBlOezu+aWueW8jzwvc3Bhbj48c3Bhbj48L3NwYW4+DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBzdHlsZT0ibWFyZ2luLWxlZnQ6MGNtO3RleHQtaW5kZW50OjIxLjBwdDsiPg0KCTxzcGFuIHN0eWxlPSJmb250LWZhbWlseTrlrovkvZM7Ij7ogZTns7vkurrvvJrnjovnjrLogIHluIg8L3NwYW4+PHNwYW4+PC9zcGFuPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgc3R5bGU9Im1hcmdpbi1sZWZ0OjBjbTt0ZXh0LWluZGVudDoyMS4wcHQ7Ij4NCgk8c3BhbiBzdHlsZT0iZm9udC1mYW1pbHk65a6L5L2TOyI+55S16K+d77yaPC9zcGFuPjxzcGFuPjAxMC01ODgwNTU0Mzwvc3Bhbj4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIHN0eWxlPSJtYXJnaW4tbGVmdDowY207Ij4NCgk8c3Bhbj4mbmJzcDs8L3NwYW4+DQo8L3A+DQombmJzcDsgJm5ic3A7ICZuYnNwOyZuYnNwOzxhIGNsYXNzPSJrZS1pbnNlcnRmaWxlIiBocmVmPSIva2luZGVkaXRvci9hdHRhY2hlZC9maWxlLzIwMTcwNjA5LzIwMTcwNjA5MTYwNjAxXzU1MjAuZG9jIiB0YXJnZXQ9Il9ibGFuayI+6ZmE6KGo77ya5pS/5bqc566h55CG5a2m6ZmiMjAxN+W5tOW6puacrOenkeeUn+Wwj+Wtpuacn+ePoOa1t+ekvuS8muWunui3tea0u+WKqOaKpeWQjeihqC5kb2M8L2E+Jm5ic3A7ZGQCEg8WAh8AAgEWAmYPZBYCZg8VAwQ1OTYzDGFubm91bmNlbWVudC4yMDE25bm05bqm5pys56eR56eR56CU6aG555uu57uT6aG5562U6L6p5a6J5o6SZAIUDxYCHwACARYCZg9kFgJmDxUDBDY5NjEMYW5ub3VuY2VtZW50POiusuW6p+mihOWRiu+8muS4reWbveaYr+WQpuWPr+S7peWPluS7o+e+juWbvemHjeWhkeS4lueVjC4uLmQYAQUeX19Db250cm9sc1JlcXVpcmVQb3N0QmFja0tleV9fFgEFDEltYWdlQnV0dG9uMcm5a/+jKSbTznKk/P0/d2JgsxAE" />
</div>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1951E080" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKf9IqHDALs0bLrBgLSwpnTCC/CebsmWyZCNM3Z3+Ra1ORJRPj1" />
</div>
        <header>
            <!--top end-->
            <div class="logo-bg" style="padding: 0">
                <div class=" container" style="width: 980px; background-color: #fff">
                    <div class="row clearfix" style="margin: 1% 0">
                        <div class="col-md-4 column logo-box ">
                            <a href="index.aspx">
                                <img src="images/logo.png" title="logo" class="img-responsive" alt="Cinque Terre" /></a>
                        </div>
                        <div class="col-md-5 column"></div>
                        <div class="col-md-3 column pn">
                            <div class="top-tell">
                                <p>
                                    <a href="http://www.sg.bnu.edu.cn:8082/eng/eindex.jsp" target="_blank">English Version</a>
                                </p>
                            </div>
                            <!--中文版 英文版-->
                            <div class="top-search">

                                <div class="input-group">
                                      <input name="TextBox1" type="text" id="TextBox1" class="form-control input1" />
                                    <span class="input-group-addon">

                                        <input type="image" name="ImageButton1" id="ImageButton1" src="images/sousou.png" style="border-width:0px;" />
                                    </span>
                                </div>

                            </div>
                        </div>

                    </div>
                    <div class="row clearfix" style="background-color: #0035B4">
                        <nav class="navbar topnav" role="navigation" style="min-height: 0; padding: 10px 0">
                            <div class="container-fluid top-nav">
                                <div class="collapse navbar-collapse top-nav" id="example-navbar-collapse">
                                    <ul class=" navbar-nav cex-list">
                                      <li class=""><a href="index.aspx">首页</a></li>
                                            
                                                    <li class="dropdown">
                                                        <a href="about.aspx?cdss=19&cdbh=19" class="dropdown-toggle">学院介绍 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="about.aspx?cdss=19&cdbh=20">学院概述</a></li>
                                                                
                                                                    <li><a href="history.aspx?cdss=19&cdbh=21">历史沿革</a></li>
                                                                
                                                                    <li><a href="structure.aspx?cdss=19&cdbh=22">组织机构</a></li>
                                                                
                                                                    <li><a href="Subject.aspx?cdss=19&cdbh=23">学科设置</a></li>
                                                                
                                                                    <li><a href="Department.aspx?cdss=19&cdbh=24">系所介绍</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="personnel.aspx?cdss=25&cdbh=25" class="dropdown-toggle">人才培养 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="undergraduate.aspx?cdss=25&cdbh=26">本科生</a></li>
                                                                
                                                                    <li><a href="Master.aspx?cdss=25&cdbh=27">硕士生</a></li>
                                                                
                                                                    <li><a href="Masterb.aspx?cdss=25&cdbh=28">博士生</a></li>
                                                                
                                                                    <li><a href="Masterbh.aspx?cdss=25&cdbh=29">博士后</a></li>
                                                                
                                                                    <li><a href="index-mpa.aspx?cdss=25&cdbh=30">MPA</a></li>
                                                                
                                                                    <li><a href="practice.aspx?cdss=25&cdbh=31">实习基地</a></li>
                                                                
                                                                    <li><a href="laboratory.aspx?cdss=25&cdbh=32">实验室</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="r-about.aspx?cdss=33&cdbh=33" class="dropdown-toggle">招生就业 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="r-about.aspx?cdss=33&cdbh=34">学院简介</a></li>
                                                                
                                                                    <li><a href="professional.aspx?cdss=33&cdbh=35">专业介绍</a></li>
                                                                
                                                                    <li><a href="register.aspx?cdss=33&cdbh=36">报考指南</a></li>
                                                                
                                                                    <li><a href="employment.aspx?cdss=33&cdbh=37">就业指导</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="teacherstaff.aspx?cdss=38&cdbh=38" class="dropdown-toggle">师资队伍 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="Tadministrative.aspx?cdss=38&cdbh=39">行政管理</a></li>
                                                                
                                                                    <li><a href="Thuman.aspx?cdss=38&cdbh=40">人力资源</a></li>
                                                                
                                                                    <li><a href="Tinformation.aspx?cdss=38&cdbh=41">信息管理</a></li>
                                                                
                                                                    <li><a href="Tmanagement.aspx?cdss=38&cdbh=42">管理科学与工程</a></li>
                                                                
                                                                    <li><a href="Tland.aspx?cdss=38&cdbh=43">土地资源管理</a></li>
                                                                
                                                                    <li><a href="Tpolitical.aspx?cdss=38&cdbh=44">政治学</a></li>
                                                                
                                                                    <li><a href="Tinternational.aspx?cdss=38&cdbh=45">国际关系</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="research.aspx?cdss=46&cdbh=46" class="dropdown-toggle">学术科研 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="project.aspx?cdss=46&cdbh=47">科研项目</a></li>
                                                                
                                                                    <li><a href="academic.aspx?cdss=46&cdbh=48">学术论文</a></li>
                                                                
                                                                    <li><a href="monograph.aspx?cdss=46&cdbh=49">专著教材</a></li>
                                                                
                                                                    <li><a href="research-report.aspx?cdss=46&cdbh=50">研究报告</a></li>
                                                                
                                                                    <li><a href="system.aspx?cdss=46&cdbh=51">科研制度</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="Students-work.aspx?cdss=52&cdbh=52" class="dropdown-toggle">学生工作 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="announcement.aspx?cdss=52&cdbh=53">通知公告</a></li>
                                                                
                                                                    <li><a href="organization.aspx?cdss=52&cdbh=54">社团风采</a></li>
                                                                
                                                                    <li><a href="Party-Building.aspx?cdss=52&cdbh=55">党旗飘飘</a></li>
                                                                
                                                                    <li><a href="studentactivity.aspx?cdss=52&cdbh=56">班级建设</a></li>
                                                                
                                                                    <li><a href="Youth-activity.aspx?cdss=52&cdbh=57">团委工作</a></li>
                                                                
                                                                    <li><a href="student-act.aspx?cdss=52&cdbh=58">学生活动</a></li>
                                                                
                                                                    <li><a href="xiazai.aspx?cdss=52&cdbh=59">常用下载</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="services.aspx?cdss=60&cdbh=60" class="dropdown-toggle">社会服务 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="continuing.aspx?cdss=60&cdbh=61">继续教育</a></li>
                                                                
                                                                    <li><a href="training.aspx?cdss=60&cdbh=62">社会培训</a></li>
                                                                
                                                                    <li><a href="exchange.aspx?cdss=60&cdbh=63">对外交流</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                                    <li class="dropdown">
                                                        <a href="alumni.aspx?cdss=64&cdbh=64" class="dropdown-toggle">院友之窗 <b class="caret"></b>
                                                        </a>
                                                        <ul class="dropdown-menu">
                                                            
                                                                    <li><a href="alumni.aspx?cdss=64&cdbh=65">院友活动</a></li>
                                                                
                                                                    <li><a href="alumnistyle.aspx?cdss=64&cdbh=66">院友风采</a></li>
                                                                
                                                                    <li><a href="alumniservice.aspx?cdss=64&cdbh=67">院友服务</a></li>
                                                                
                                                        </ul>
                                                    </li>
                                                
                                        <!--8-->
                                    </ul>
                                </div>
                            </div>
                        </nav>
                        <!--顶部导航-->
                    </div>
                </div>


            </div>
            <!--logo-bg-->

        </header>
        <section>
            <div class="container" style="width: 980px; margin: 0% auto; background-color: #fff; border-radius: 3px">
                <div style="width: 97%; margin: 1% auto; text-align: right">当前位置：<a href="index.aspx">首页</a>-><span id="Label5">通知公告</span>->正文</div>

                <div id="right_center" class="right_center3 anli_lineheight" style="background: #fff; width: 97%; margin: 2% auto; border-radius: 5px; border: 1px solid #DCE6F0;">
                       <div class="program_dl" style="width: 90%; margin: 0 auto">
                        <div class="kec_s ">   
                            <h3 class="program_title" style="font-weight:bold;">
                                <span style="text-align: center; display: block; border-bottom: 1px solid #DCE6F0; color: #2C4A7E; padding-bottom: 1%">
                                    <span id="Label1">关于我院2017年度本科生小学期珠海社会实践活动的通知</span></span>
                            </h3>
                            <h5 class="program_title" style="color: #999; padding-bottom: 2%;">
                                <span style="text-align: center; display: block;">
                                    <span id="Label2">2017-06-09</span>
                                    点击率：<span id="Label4">913</span>
                                </span>
                            </h5>
                            <span id="Label3"><p class="MsoNormal" style="margin-left:0cm;">
	<b><span style="font-family:宋体;">活动简介：</span><span></span></b>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span style="font-family:宋体;">为响应学院组织各系在暑假期间走出校园、走进社会，做与学院交叉学科相关的社会调查与社会实践的支持和要求，本年度特开展本科生小学期珠海社会实践活动。各系拟出一名教师参与活动（更赞成系主任亲历亲为），为各专业走出去学习研究提供帮助。现选拔优秀学生参加珠海社会实践活动，有关安排通知如下：</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;">
	<b><span style="font-family:宋体;">活动具体信息：</span><span></span></b>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span>1.</span><span style="font-family:宋体;">人数：学生</span><span>30</span><span style="font-family:宋体;">人，主要由大一大二学生构成。</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span>2.</span><span style="font-family:宋体;">日期：</span><span>2017</span><span style="font-family:宋体;">年</span><span>7</span><span style="font-family:宋体;">月</span><span>8</span><span style="font-family:宋体;">日（周六）</span><span>-7</span><span style="font-family:宋体;">月</span><span>15</span><span style="font-family:宋体;">日（周六），安排五天左右内容，首尾两天为路程。</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span>3.</span><span style="font-family:宋体;">实践内容：主要包括赴珠三角企业参观、与分校学生座谈联谊等，已由珠海分校管理学院在加紧落实。</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span>4.</span><span style="font-family:宋体;">政策：由学院负责学生赴珠海动车硬座火车票，落地后到离开由分校负责。老师往返由学院承担。</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;">
	<b><span style="font-family:宋体;">活动申请：</span><span></span></b>
</p>
<p class="MsoNormal" style="margin-left:0cm;">
	<span style="font-family:宋体;">（</span><span>1</span><span style="font-family:宋体;">）申请对象</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span style="font-family:宋体;">政府管理学院</span><span>2015</span><span style="font-family:宋体;">、</span><span>2016</span><span style="font-family:宋体;">级在读本科生</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:0cm;">
	<span>（2）</span><span style="font-family:宋体;">申请条件</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span>1.</span><span style="font-family:宋体;">政治立场坚定，品德优良，责任心强，遵纪守法；</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span>2.</span><span style="font-family:宋体;">学习成绩良好，具有明确的学习计划和目的；</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span>3.&nbsp;</span><span style="font-family:宋体;">具有团队合作精神，善于与人沟通相处。</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;">
	<span style="font-family:宋体;">（</span><span>3</span><span style="font-family:宋体;">）申请方式</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span style="font-family:宋体;">凡符合报名条件的学生均可下载《政府管理学院</span><span>2017</span><span style="font-family:宋体;">年度本科生小学期珠海社会实践活动报名表》，并附上成绩单一份，于</span><span>6</span><span style="font-family:宋体;">月</span><span>14</span><span style="font-family:宋体;">日（周三）下午</span><span>16:00</span><span style="font-family:宋体;">之前交至各班班长处。各班长将纸质版报名材料汇总后，以班级为单位统一交至主楼</span><span>A511a</span><span style="font-family:宋体;">学院本科教务办公室。</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;">
	<span style="font-family:宋体;">（</span><span>3</span><span style="font-family:宋体;">）联系方式</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span style="font-family:宋体;">联系人：王玲老师</span><span></span>
</p>
<p class="MsoNormal" style="margin-left:0cm;text-indent:21.0pt;">
	<span style="font-family:宋体;">电话：</span><span>010-58805543</span>
</p>
<p class="MsoNormal" style="margin-left:0cm;">
	<span>&nbsp;</span>
</p>
&nbsp; &nbsp; &nbsp;&nbsp;<a class="ke-insertfile" href="/kindeditor/attached/file/20170609/20170609160601_5520.doc" target="_blank">附表：政府管理学院2017年度本科生小学期珠海社会实践活动报名表.doc</a>&nbsp;</span>
                        </div>
                        <div style="border-top: 1px solid #DCE6F0; padding: 1% 0; width: 100%; overflow: hidden; margin-top: 5%">
                            
                                    <a href="newshow.aspx?newid=5963&wzlx=announcement" class="pres" style="float: left; width: 45%;">上一篇：2016年度本科科研项目结项答辩安排</a>
                                
                            

                                    <a href="newshow.aspx?newid=6961&wzlx=announcement" class="pres" style="float: right; width: 45%;">下一篇：讲座预告：中国是否可以取代美国重塑世界...</a>

                                
                        </div>


                        
                    </div>

                </div>
            </div>
        </section>
        <!--section中间部分-->
        <footer>
            <div class="container">
                <div class="row clearfix">
                    <div class="col-md-12 column">
                        <div class="row clearfix">
                            <div class="col-md-9 column">
                               <p>
                                    学院地址：北京市海淀区新街口外大街19号 北京师范大学前主楼A区5层 
                                </p>
                                <p>
                                    联系电话：010-58808256 &nbsp; MPA咨询电话：010-58808176
                                </p>
                                <p>
                                    Copyright@2016 北京师范大学政府管理学院版权所有 &nbsp;All Rights Reserved 
                                </p>
                                <p>
                                    设计与开发：<a href="http://www.ixingzhi.cn" target="_blank" style="color:white">行知睿思 </a> 
                                </p>
                            </div>
                         <div class="col-md-3 column ">
                                <dl class="caption">
                                    <dt>
                                        <img src="images/weixin.png" alt="Cinque Terre" class="img-responsive" />
                                    </dt>
                                    <dd>公众号
                                    </dd>
                                </dl>
                                <dl class="caption">
                                    <dt>
                                        <img src="images/er.png" alt="Cinque Terre" class="img-responsive" />
                                    </dt>
                                    <dd>手机版
                                    </dd>
                                </dl>
                            </div>
                        </div>
                    </div>
                </div>
            </div>

        </footer>
    </form>
</body>
</html>
