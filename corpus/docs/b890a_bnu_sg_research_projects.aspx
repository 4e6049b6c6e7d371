

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
    <form name="form1" method="post" action="newshow.aspx?newid=4917&amp;wzlx=announcement" id="form1">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTAyOTU0NDI0OA9kFgICAw9kFhICBQ8WAh4LXyFJdGVtQ291bnQCCBYQZg9kFgRmDxUCGmFib3V0LmFzcHg/Y2Rzcz0xOSZjZGJoPTE5DOWtpumZouS7i+e7jWQCAQ8WAh8AAgUWCmYPZBYCZg8VAhphYm91dC5hc3B4P2Nkc3M9MTkmY2RiaD0yMAzlrabpmaLmpoLov7BkAgEPZBYCZg8VAhxoaXN0b3J5LmFzcHg/Y2Rzcz0xOSZjZGJoPTIxDOWOhuWPsuayv+mdqWQCAg9kFgJmDxUCHnN0cnVjdHVyZS5hc3B4P2Nkc3M9MTkmY2RiaD0yMgznu4Tnu4fmnLrmnoRkAgMPZBYCZg8VAhxTdWJqZWN0LmFzcHg/Y2Rzcz0xOSZjZGJoPTIzDOWtpuenkeiuvue9rmQCBA9kFgJmDxUCH0RlcGFydG1lbnQuYXNweD9jZHNzPTE5JmNkYmg9MjQM57O75omA5LuL57uNZAIBD2QWBGYPFQIecGVyc29ubmVsLmFzcHg/Y2Rzcz0yNSZjZGJoPTI1DOS6uuaJjeWfueWFu2QCAQ8WAh8AAgcWDmYPZBYCZg8VAiJ1bmRlcmdyYWR1YXRlLmFzcHg/Y2Rzcz0yNSZjZGJoPTI2CeacrOenkeeUn2QCAQ9kFgJmDxUCG01hc3Rlci5hc3B4P2Nkc3M9MjUmY2RiaD0yNwnnoZXlo6vnlJ9kAgIPZBYCZg8VAhxNYXN0ZXJiLmFzcHg/Y2Rzcz0yNSZjZGJoPTI4CeWNmuWjq+eUn2QCAw9kFgJmDxUCHU1hc3RlcmJoLmFzcHg/Y2Rzcz0yNSZjZGJoPTI5CeWNmuWjq+WQjmQCBA9kFgJmDxUCHmluZGV4LW1wYS5hc3B4P2Nkc3M9MjUmY2RiaD0zMANNUEFkAgUPZBYCZg8VAh1wcmFjdGljZS5hc3B4P2Nkc3M9MjUmY2RiaD0zMQzlrp7kuaDln7rlnLBkAgYPZBYCZg8VAh9sYWJvcmF0b3J5LmFzcHg/Y2Rzcz0yNSZjZGJoPTMyCeWunumqjOWupGQCAg9kFgRmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzMM5oub55Sf5bCx5LiaZAIBDxYCHwACBBYIZg9kFgJmDxUCHHItYWJvdXQuYXNweD9jZHNzPTMzJmNkYmg9MzQM5a2m6Zmi566A5LuLZAIBD2QWAmYPFQIhcHJvZmVzc2lvbmFsLmFzcHg/Y2Rzcz0zMyZjZGJoPTM1DOS4k+S4muS7i+e7jWQCAg9kFgJmDxUCHXJlZ2lzdGVyLmFzcHg/Y2Rzcz0zMyZjZGJoPTM2DOaKpeiAg+aMh+WNl2QCAw9kFgJmDxUCH2VtcGxveW1lbnQuYXNweD9jZHNzPTMzJmNkYmg9MzcM5bCx5Lia5oyH5a+8ZAIDD2QWBGYPFQIhdGVhY2hlcnN0YWZmLmFzcHg/Y2Rzcz0zOCZjZGJoPTM4DOW4iOi1hOmYn+S8jWQCAQ8WAh8AAgcWDmYPZBYCZg8VAiRUYWRtaW5pc3RyYXRpdmUuYXNweD9jZHNzPTM4JmNkYmg9MzkM6KGM5pS/566h55CGZAIBD2QWAmYPFQIbVGh1bWFuLmFzcHg/Y2Rzcz0zOCZjZGJoPTQwDOS6uuWKm+i1hOa6kGQCAg9kFgJmDxUCIVRpbmZvcm1hdGlvbi5hc3B4P2Nkc3M9MzgmY2RiaD00MQzkv6Hmga/nrqHnkIZkAgMPZBYCZg8VAiBUbWFuYWdlbWVudC5hc3B4P2Nkc3M9MzgmY2RiaD00MhXnrqHnkIbnp5HlrabkuI7lt6XnqItkAgQPZBYCZg8VAhpUbGFuZC5hc3B4P2Nkc3M9MzgmY2RiaD00MxLlnJ/lnLDotYTmupDnrqHnkIZkAgUPZBYCZg8VAh9UcG9saXRpY2FsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ0CeaUv+ayu+WtpmQCBg9kFgJmDxUCI1RpbnRlcm5hdGlvbmFsLmFzcHg/Y2Rzcz0zOCZjZGJoPTQ1DOWbvemZheWFs+ezu2QCBA9kFgRmDxUCHXJlc2VhcmNoLmFzcHg/Y2Rzcz00NiZjZGJoPTQ2DOWtpuacr+enkeeglGQCAQ8WAh8AAgUWCmYPZBYCZg8VAhxwcm9qZWN0LmFzcHg/Y2Rzcz00NiZjZGJoPTQ3DOenkeeglOmhueebrmQCAQ9kFgJmDxUCHWFjYWRlbWljLmFzcHg/Y2Rzcz00NiZjZGJoPTQ4DOWtpuacr+iuuuaWh2QCAg9kFgJmDxUCHm1vbm9ncmFwaC5hc3B4P2Nkc3M9NDYmY2RiaD00OQzkuJPokZfmlZnmnZBkAgMPZBYCZg8VAiRyZXNlYXJjaC1yZXBvcnQuYXNweD9jZHNzPTQ2JmNkYmg9NTAM56CU56m25oql5ZGKZAIED2QWAmYPFQIbc3lzdGVtLmFzcHg/Y2Rzcz00NiZjZGJoPTUxDOenkeeglOWItuW6pmQCBQ9kFgRmDxUCIlN0dWRlbnRzLXdvcmsuYXNweD9jZHNzPTUyJmNkYmg9NTIM5a2m55Sf5bel5L2cZAIBDxYCHwACBxYOZg9kFgJmDxUCIWFubm91bmNlbWVudC5hc3B4P2Nkc3M9NTImY2RiaD01MwzpgJrnn6XlhazlkYpkAgEPZBYCZg8VAiFvcmdhbml6YXRpb24uYXNweD9jZHNzPTUyJmNkYmg9NTQM56S+5Zui6aOO6YeHZAICD2QWAmYPFQIjUGFydHktQnVpbGRpbmcuYXNweD9jZHNzPTUyJmNkYmg9NTUM5YWa5peX6aOY6aOYZAIDD2QWAmYPFQIkc3R1ZGVudGFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU2DOePree6p+W7uuiuvmQCBA9kFgJmDxUCI1lvdXRoLWFjdGl2aXR5LmFzcHg/Y2Rzcz01MiZjZGJoPTU3DOWbouWnlOW3peS9nGQCBQ9kFgJmDxUCIHN0dWRlbnQtYWN0LmFzcHg/Y2Rzcz01MiZjZGJoPTU4DOWtpueUn+a0u+WKqGQCBg9kFgJmDxUCG3hpYXphaS5hc3B4P2Nkc3M9NTImY2RiaD01OQzluLjnlKjkuIvovb1kAgYPZBYEZg8VAh1zZXJ2aWNlcy5hc3B4P2Nkc3M9NjAmY2RiaD02MAznpL7kvJrmnI3liqFkAgEPFgIfAAIDFgZmD2QWAmYPFQIfY29udGludWluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MQznu6fnu63mlZnogrJkAgEPZBYCZg8VAh10cmFpbmluZy5hc3B4P2Nkc3M9NjAmY2RiaD02MgznpL7kvJrln7norq1kAgIPZBYCZg8VAh1leGNoYW5nZS5hc3B4P2Nkc3M9NjAmY2RiaD02Mwzlr7nlpJbkuqTmtYFkAgcPZBYEZg8VAhthbHVtbmkuYXNweD9jZHNzPTY0JmNkYmg9NjQM6Zmi5Y+L5LmL56qXZAIBDxYCHwACAxYGZg9kFgJmDxUCG2FsdW1uaS5hc3B4P2Nkc3M9NjQmY2RiaD02NQzpmaLlj4vmtLvliqhkAgEPZBYCZg8VAiBhbHVtbmlzdHlsZS5hc3B4P2Nkc3M9NjQmY2RiaD02NgzpmaLlj4vpo47ph4dkAgIPZBYCZg8VAiJhbHVtbmlzZXJ2aWNlLmFzcHg/Y2Rzcz02NCZjZGJoPTY3DOmZouWPi+acjeWKoWQCBw8WAh4EaHJlZgUec2RkbGlzdC5hc3B4P2NkaWQ9YW5ub3VuY2VtZW50ZAIIDw8WAh4EVGV4dAUM6YCa55+l5YWs5ZGKZGQCCg8PFgIfAgVJ5YWz5LqO55Sz5oqlMjAxN+W5tOW6puacrOenkeeUn+enkeeglOiuree7g+S4juWIm+aWsOWIm+S4mumhueebrueahOmAmuefpWRkAgwPDxYCHwIFCjIwMTctMDQtMjBkZAIODw8WAh8CBQM5OTdkZAIQDw8WAh8CBbtKPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJiYWNrZ3JvdW5kOndoaXRlOyI+DQoJ5pS/5bqc566h55CG5a2m6Zmi55qE5ZCE5L2N5ZCM5a2m77yaDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjIxcHQ7Ij4NCgnkuLrokL3lrp7jgIrljJfkuqzluIjojIPlpKflrabmnKznp5HkurrmiY3ln7nlhbvotKjph4/mj5DljYforqHliJLjgIvvvIjluIjmoKHlj5HjgJQyMDEz44CVMzjlj7fvvInvvIzmj5Dpq5jmnKznp5HnlJ/np5HnoJTlrp7ot7XjgIHliJvmlrDliJvkuJrog73lipvvvIznjrDlkK/liqgyMDE35bm05bqm5pys56eR55Sf56eR56CU6K6t57uD5LiO5Yib5paw5Yib5Lia6aG555uu55qE55Sz5oql5bel5L2c44CCDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjIxcHQ7Ij4NCgnmnKznp5HnlJ/np5HnoJTorq3nu4PkuI7liJvmlrDliJvkuJrpobnnm67ljIXmi6zlm73lrrbnuqfjgIHluILnuqfjgIHmoKHnuqfkuInkuKrnuqfliKvvvJrigJzlm73lrrbnuqflpKflrabnlJ/liJvmlrDliJvkuJrorq3nu4PorqHliJLigJ3vvIjku6XkuIvnroDnp7DigJzlm73lrrbnuqfpobnnm67igJ3vvInjgIEg4oCc5YyX5Lqs5biC5aSn5a2m55Sf56eR5a2m56CU56m25LiO5Yib5Lia6KGM5Yqo6K6h5YiS4oCd77yI5Lul5LiL566A56ew4oCc5biC57qn6aG555uu4oCd77yJ44CB4oCc5qCh57qn5pys56eR55Sf56eR56CU5Z+66YeR4oCd77yI5Lul5LiL566A56ew4oCc5qCh57qn6aG555uu4oCd77yJ44CCDQo8L3A+DQo8ZGl2IGFsaWduPSJjZW50ZXIiPg0KCTx0YWJsZSBjbGFzcz0iTXNvTm9ybWFsVGFibGUiIGJvcmRlcj0iMSIgY2VsbHNwYWNpbmc9IjAiIGNlbGxwYWRkaW5nPSIwIiB3aWR0aD0iMzU3IiBzdHlsZT0id2lkdGg6MjY3LjU1cHQ7Ym9yZGVyOm5vbmU7YmFja2dyb3VuZDp3aGl0ZTsiPg0KCQk8dGJvZHk+DQoJCQk8dHI+DQoJCQkJPHRkIHdpZHRoPSIxMjkiIHN0eWxlPSJib3JkZXI6c29saWQgd2luZG93dGV4dCAxLjBwdDsiPg0KCQkJCQk8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0iY2VudGVyIiBzdHlsZT0idGV4dC1hbGlnbjpjZW50ZXI7Ij4NCgkJCQkJCTxiPjxzcGFuIHN0eWxlPSJmb250LXNpemU6OS4wcHQ7Zm9udC1mYW1pbHk65a6L5L2TOyI+6aG555uu57qn5YirPC9zcGFuPjwvYj48Yj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjkuMHB0O2ZvbnQtZmFtaWx5OiZxdW90OyI+PC9zcGFuPjwvYj4NCgkJCQkJPC9wPg0KCQkJCTwvdGQ+DQoJCQkJPHRkIHdpZHRoPSIyMjgiIHN0eWxlPSJib3JkZXI6c29saWQgd2luZG93dGV4dCAxLjBwdDsiPg0KCQkJCQk8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0iY2VudGVyIiBzdHlsZT0idGV4dC1hbGlnbjpjZW50ZXI7Ij4NCgkJCQkJCTxiPjxzcGFuIHN0eWxlPSJmb250LXNpemU6OS4wcHQ7Zm9udC1mYW1pbHk65a6L5L2TOyI+5YiG57G75YirPC9zcGFuPjwvYj48Yj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjkuMHB0O2ZvbnQtZmFtaWx5OiZxdW90OyI+PC9zcGFuPjwvYj4NCgkJCQkJPC9wPg0KCQkJCTwvdGQ+DQoJCQk8L3RyPg0KCQkJPHRyPg0KCQkJCTx0ZCB3aWR0aD0iMTI5IiByb3dzcGFuPSIzIiBzdHlsZT0iYm9yZGVyOnNvbGlkIHdpbmRvd3RleHQgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8c3BhbiBzdHlsZT0iZm9udC1zaXplOjkuMHB0O2ZvbnQtZmFtaWx5OuWui+S9kzsiPuWbveWutue6pzwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjkuMHB0O2ZvbnQtZmFtaWx5OiZxdW90OyI+PC9zcGFuPg0KCQkJCQk8L3A+DQoJCQkJPC90ZD4NCgkJCQk8dGQgd2lkdGg9IjIyOCIgc3R5bGU9ImJvcmRlcjpzb2xpZCB3aW5kb3d0ZXh0IDEuMHB0OyI+DQoJCQkJCTxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJjZW50ZXIiIHN0eWxlPSJ0ZXh0LWFsaWduOmNlbnRlcjsiPg0KCQkJCQkJPHNwYW4gc3R5bGU9ImZvbnQtc2l6ZTo5LjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij7liJvmlrDorq3nu4Ppobnnm648L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtc2l6ZTo5LjBwdDtmb250LWZhbWlseTomcXVvdDsiPjwvc3Bhbj4NCgkJCQkJPC9wPg0KCQkJCTwvdGQ+DQoJCQk8L3RyPg0KCQkJPHRyPg0KCQkJCTx0ZCB3aWR0aD0iMjI4IiBzdHlsZT0iYm9yZGVyOnNvbGlkIHdpbmRvd3RleHQgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8c3BhbiBzdHlsZT0iZm9udC1zaXplOjkuMHB0O2ZvbnQtZmFtaWx5OuWui+S9kzsiPuWIm+S4muiuree7g+mhueebrjwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjkuMHB0O2ZvbnQtZmFtaWx5OiZxdW90OyI+PC9zcGFuPg0KCQkJCQk8L3A+DQoJCQkJPC90ZD4NCgkJCTwvdHI+DQoJCQk8dHI+DQoJCQkJPHRkIHdpZHRoPSIyMjgiIHN0eWxlPSJib3JkZXI6c29saWQgd2luZG93dGV4dCAxLjBwdDsiPg0KCQkJCQk8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0iY2VudGVyIiBzdHlsZT0idGV4dC1hbGlnbjpjZW50ZXI7Ij4NCgkJCQkJCTxzcGFuIHN0eWxlPSJmb250LXNpemU6OS4wcHQ7Zm9udC1mYW1pbHk65a6L5L2TOyI+5Yib5Lia5a6e6Le16aG555uuPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LXNpemU6OS4wcHQ7Zm9udC1mYW1pbHk6JnF1b3Q7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJPC90cj4NCgkJCTx0cj4NCgkJCQk8dGQgd2lkdGg9IjEyOSIgc3R5bGU9ImJvcmRlcjpzb2xpZCB3aW5kb3d0ZXh0IDEuMHB0OyI+DQoJCQkJCTxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJjZW50ZXIiIHN0eWxlPSJ0ZXh0LWFsaWduOmNlbnRlcjsiPg0KCQkJCQkJPHNwYW4gc3R5bGU9ImZvbnQtc2l6ZTo5LjBwdDtmb250LWZhbWlseTrlrovkvZM7Ij7luILnuqc8L3NwYW4+PHNwYW4gc3R5bGU9ImZvbnQtc2l6ZTo5LjBwdDtmb250LWZhbWlseTomcXVvdDsiPjwvc3Bhbj4NCgkJCQkJPC9wPg0KCQkJCTwvdGQ+DQoJCQkJPHRkIHdpZHRoPSIyMjgiIHN0eWxlPSJib3JkZXI6c29saWQgd2luZG93dGV4dCAxLjBwdDsiPg0KCQkJCQk8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0iY2VudGVyIiBzdHlsZT0idGV4dC1hbGlnbjpjZW50ZXI7Ij4NCgkJCQkJCTxzcGFuIHN0eWxlPSJmb250LXNpemU6OS4wcHQ7Zm9udC1mYW1pbHk6JnF1b3Q7Ij4vPC9zcGFuPg0KCQkJCQk8L3A+DQoJCQkJPC90ZD4NCgkJCTwvdHI+DQoJCQk8dHI+DQoJCQkJPHRkIHdpZHRoPSIxMjkiIHJvd3NwYW49IjIiIHN0eWxlPSJib3JkZXI6c29saWQgd2luZG93dGV4dCAxLjBwdDsiPg0KCQkJCQk8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0iY2VudGVyIiBzdHlsZT0idGV4dC1hbGlnbjpjZW50ZXI7Ij4NCgkJCQkJCTxzcGFuIHN0eWxlPSJmb250LXNpemU6OS4wcHQ7Zm9udC1mYW1pbHk65a6L5L2TOyI+5qCh57qnPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LXNpemU6OS4wcHQ7Zm9udC1mYW1pbHk6JnF1b3Q7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJCTx0ZCB3aWR0aD0iMjI4IiBzdHlsZT0iYm9yZGVyOnNvbGlkIHdpbmRvd3RleHQgMS4wcHQ7Ij4NCgkJCQkJPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImNlbnRlciIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyOyI+DQoJCQkJCQk8c3BhbiBzdHlsZT0iZm9udC1zaXplOjkuMHB0O2ZvbnQtZmFtaWx5OuWui+S9kzsiPuiHqueUseeUs+aKpemhueebrjwvc3Bhbj48c3BhbiBzdHlsZT0iZm9udC1zaXplOjkuMHB0O2ZvbnQtZmFtaWx5OiZxdW90OyI+PC9zcGFuPg0KCQkJCQk8L3A+DQoJCQkJPC90ZD4NCgkJCTwvdHI+DQoJCQk8dHI+DQoJCQkJPHRkIHdpZHRoPSIyMjgiIHN0eWxlPSJib3JkZXI6c29saWQgd2luZG93dGV4dCAxLjBwdDsiPg0KCQkJCQk8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0iY2VudGVyIiBzdHlsZT0idGV4dC1hbGlnbjpjZW50ZXI7Ij4NCgkJCQkJCTxzcGFuIHN0eWxlPSJmb250LXNpemU6OS4wcHQ7Zm9udC1mYW1pbHk65a6L5L2TOyI+5oyH5Y2X6aG555uuPC9zcGFuPjxzcGFuIHN0eWxlPSJmb250LXNpemU6OS4wcHQ7Zm9udC1mYW1pbHk6JnF1b3Q7Ij48L3NwYW4+DQoJCQkJCTwvcD4NCgkJCQk8L3RkPg0KCQkJPC90cj4NCgkJPC90Ym9keT4NCgk8L3RhYmxlPg0KPC9kaXY+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjIxcHQ7Ij4NCgnlhbfkvZPlt6XkvZzlronmjpLlpoLkuIvvvJoNCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0ibWFyZ2luLWxlZnQ6MGNtO3RleHQtaW5kZW50Oi0xOHB0OyI+DQoJPGI+MS4mbmJzcDsmbmJzcDsmbmJzcDsmbmJzcDsmbmJzcDsmbmJzcDsgPC9iPjxiPiZuYnNwOzQ8L2I+PGI+5pyIPC9iPjxiPjE3PC9iPjxiPuaXpeKAlDwvYj48Yj40PC9iPjxiPuaciDwvYj48Yj4yODwvYj48Yj7ml6XvvJo8L2I+PGI+PC9iPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyMXB0OyI+DQoJ77yIMe+8ieeUs+aKpeKAnOWbveWutue6p+mhueebruKAneS4reWIm+aWsOiuree7g+mhueebruOAgSDigJzluILnuqfpobnnm67igJ3jgIHigJzmoKHnuqfpobnnm67igJ3vvJrlrabnlJ/lnKjmlZnluIjnmoTmjIflr7zkuIvvvIzlrozmiJDpobnnm67pgInpopjvvIzliY3mnJ/osIPnoJTlkozorrror4HvvIzmkrDlhpnpobnnm67nlLPmiqXkuabvvIzloavlhpnigJzmjqjojZDmsYfmgLvooajigJ3vvIznu4/mjIflr7zmlZnluIjlrqHpmIXnrb7lrZflkI7vvIzlsIbpobnnm67nlLPmiqXkuabnlLXlrZDniYjjgIHnurjotKjniYjvvIjkuIDlvI/kuKTku73vvInjgIHigJzmjqjojZDmsYfmgLvooajigJ3nlLXlrZDniYjmj5DkuqToh7PkuLvmpbxB5Yy6NTExQeOAgueUs+aKpeKAnOagoee6p+mhueebruKAneS4reaMh+WNl+mhueebrueahOWtpueUn++8jOmhu+WPguivu+eUs+aKpeaMh+WNl++8jOW5tuWwhuadkOaWmeaPkOS6pOiHs+iuvueri+aMh+WNl+mhueebrueahOWNleS9je+8iOiupOefpeelnue7j+enkeWtpuS4juWtpuS5oOWbveWutumHjeeCueWunumqjOWupOOAgeaguOenkeWtpuS4juaKgOacr+WtpumZouOAgeezu+e7n+enkeWtpuWtpumZouetie+8ieOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyMXB0OyI+DQoJ5pys5qyh6YCJ6aKY55Sz5oql5YiG5Li65a2m55Sf6Ieq5Li76YCJ6aKY5ZKM5pWZ5biI6YCJ6aKY5Lik56eN57G75Z6L77yM5pWZ5biI6YCJ6aKY5bCG55Sx5a2m6Zmi6Leo5a2m56eR5a6e6aqM5a6k57uf56255Y+R5biD77yM5pWs6K+35ZCE5L2N5ZCM5a2m5YWz5rOo5a6e6aqM5a6k572R56uZ5LiK5YWs5biD55qE6YCJ6aKY5L+h5oGv44CCDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjIxcHQ7Ij4NCgnvvIgy77yJ55Sz5oql4oCc5Zu95a6257qn6aG555uu4oCd5Lit5Yib5Lia6K6t57uD6aG555uu5ZKM5Yib5Lia5a6e6Le16aG555uu77ya5a2m55Sf5Zyo5pWZ5biI55qE5oyH5a+85LiL77yM5a6M5oiQ6aG555uu6YCJ6aKY77yM5YmN5pyf6LCD56CU5ZKM6K666K+B77yM5pKw5YaZ6aG555uu55Sz5oql5Lmm77yM5aGr5YaZ4oCc5o6o6I2Q5rGH5oC76KGo4oCd77yM57uP5oyH5a+85pWZ5biI5a6h6ZiF562+5a2X5ZCO77yM5bCG6aG555uu55Sz5oql5Lmm55S15a2Q54mI44CB57q46LSo54mI77yI5LiA5byP5LiA5Lu977yJ44CB4oCc5o6o6I2Q5rGH5oC76KGo4oCd55S15a2Q54mI5Lqk6Iez5Li75qW8QeWMujUxMUHjgIINCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0idGV4dC1pbmRlbnQ6MjFwdDsiPg0KCe+8iDPvvInlr7nkuo7kuI3og73mjInml7bmj5DkuqTnlLPmiqXmnZDmlpnku6Xlj4rnlLPmiqXmnZDmlpnloavlhpnkuI3lrozmlbTjgIHkuI3op4TojIPnmoTlrabnlJ/vvIzooqvop4bkuLroh6rliqjmlL7lvIPpobnnm67nlLPor7fotYTmoLzjgIINCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0IiBzdHlsZT0ibWFyZ2luLWxlZnQ6MGNtO3RleHQtaW5kZW50Oi0xOHB0OyI+DQoJPGI+Mi4mbmJzcDsmbmJzcDsmbmJzcDsmbmJzcDsmbmJzcDsmbmJzcDsgPC9iPjxiPjU8L2I+PGI+5pyIPC9iPjxiPjI8L2I+PGI+5pel4oCUPC9iPjxiPjU8L2I+PGI+5pyIPC9iPjxiPjE1PC9iPjxiPuaXpe+8mjwvYj48Yj48L2I+DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjIxcHQ7Ij4NCgnvvIgx77yJ4oCc5Zu95a6257qn6aG555uu4oCd5Lit5Yib5paw6K6t57uD6aG555uu44CBIOKAnOW4gue6p+mhueebruKAneOAgeKAnOagoee6p+mhueebruKAne+8muWtpumZouWuoeafpeWtpueUn+eUs+aKpei1hOagvOOAgeaxh+aAu+WtpueUn+eUs+aKpeadkOaWme+8jOWPgueFp+KAnOeri+mhueivhOWuoeaMh+agh+KAnee7hOe7h+S4k+Wutui/m+ihjOeri+mhueivhOWuoe+8jOaMieeFp+S4k+WutuaEj+inge+8jOWvueeUs+aKpemhueebrui/m+ihjOaOkuW6j++8jOS4lOagueaNruKAnOaOqOiNkOWQjemineWIhumFjeihqOKAneaLqeS8mOWQkeWtpuagoeaPkOS6pOeri+mhueWQjeWNleOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyMXB0OyI+DQoJ77yIMu+8ieeUs+aKpeKAnOWbveWutue6p+mhueebruKAneS4reWIm+S4muiuree7g+mhueebruWSjOWIm+S4muWunui3temhueebru+8muWQhOmDqOmZouezu+S4jemcgOivhOWuoe+8jOaVmeWKoeWkhOe7n+S4gOe7hOe7h+S4k+WutuivhOWuoeOAgg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJtYXJnaW4tbGVmdDowY207dGV4dC1pbmRlbnQ6LTE4cHQ7Ij4NCgkzLiZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyZuYnNwOyA8Yj41PC9iPjxiPuaciDwvYj48Yj4xNjwvYj48Yj7ml6XigJQ8L2I+PGI+NjwvYj48Yj7mnIg8L2I+PGI+MjY8L2I+PGI+5pel77yaPC9iPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiIHN0eWxlPSJ0ZXh0LWluZGVudDoyMXB0OyI+DQoJ5a2m5qCh5a+56YOo6Zmi57O75o+Q5Lqk55qE56uL6aG56aG555uu6L+b6KGM5aSN5qC45ZKM56Gu6K6k77yM5bm25YWs56S644CC55u45YWz5p2Q5paZ5oql5LiK57qn5Li7566h6YOo6Zeo5aSH5qGI44CCDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCIgc3R5bGU9InRleHQtaW5kZW50OjIxcHQ7Ij4NCgkmbmJzcDsNCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0Ij4NCgnogZTns7vkurrvvJrnjovnjrImbmJzcDsmbmJzcDsNCuWKnuWFrOeUteivne+8mjU4ODA1NTQzJm5ic3A7IOS4u+alvEE1MTFhJm5ic3A7Jm5ic3A7IOeUteWtkOmCruS7tu+8mmFubXkyMDA4QDE2My5jb208dT48L3U+DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCI+DQoJ6ZmE5Lu2MSZuYnNwOyZuYnNwOyDmnKznp5HnlJ/np5HnoJTorq3nu4PkuI7liJvmlrDliJvkuJrpobnnm67nlLPmiqXor7TmmI4NCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0Ij4NCgnpmYTku7YyJm5ic3A7Jm5ic3A7IOacrOenkeeUn+enkeeglOiuree7g+S4juWIm+aWsOWIm+S4mumhueebru+8iOWIm+aWsOmhueebru+8ieeUs+aKpeS5pg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiPg0KCemZhOS7tjMmbmJzcDsNCuKAnOWbveWutue6p+Wkp+WtpueUn+WIm+aWsOWIm+S4muiuree7g+iuoeWIkuKAnSDpobnnm67vvIjliJvkuJrorq3nu4Ppobnnm67lkozliJvkuJrlrp7ot7Xpobnnm67vvInnlLPmiqXkuaYNCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0Ij4NCgnpmYTku7Y0Jm5ic3A7IDxhIGhyZWY9Imh0dHA6Ly9qd2MuYm51LmVkdS5jbi9kb3dubG9hZHMvMjAwOC0xMzMtZnVqaWFuLnJhciI+Jm5ic3A7PHNwYW4+5pys56eR55SfPHNwYW4+56eR56CU6K6t57uD5LiO5Yib5paw5Yib5Lia6aG555uuPC9zcGFuPjwvc3Bhbj48c3Bhbj7mjqjojZDmsYfmgLvooag8L3NwYW4+PC9hPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiPg0KCemZhOS7tjxhIGhyZWY9Imh0dHA6Ly9qd2MuYm51LmVkdS5jbi9kb3dubG9hZHMvMjAwOC0xMzMtZnVqaWFuLnJhciI+NSZuYnNwOyZuYnNwOyA8c3Bhbj7mnKznp5HnlJ88c3Bhbj7np5HnoJTorq3nu4PkuI7liJvmlrDliJvkuJrpobnnm648c3Bhbj7vvIjliJvmlrDpobnnm67vvIk8c3Bhbj7nq4vpobnor4TlrqHmjIfmoIc8L3NwYW4+PC9zcGFuPjwvc3Bhbj48L3NwYW4+PC9hPjxhIGhyZWY9Imh0dHA6Ly9qd2MuYm51LmVkdS5jbi9kb3dubG9hZHMvMjAwOC0xMzMtZnVqaWFuLnJhciI+PC9hPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiPg0KCTxhIGhyZWY9Imh0dHA6Ly9qd2MuYm51LmVkdS5jbi9kb3dubG9hZHMvMjAwOC0xMzMtZnVqaWFuLnJhciI+6ZmE5Lu2NiZuYnNwOyZuYnNwOyDmnKznp5HnlJ/np5HnoJTorq3nu4PkuI7liJvmlrDliJvkuJrpobnnm67mjqjojZDlkI3pop3liIbphY3ooaggPC9hPg0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249ImxlZnQiPg0KCemZhOS7tjcmbmJzcDsmbmJzcDsg5pys56eR55Sf56eR56CU6K6t57uD5LiO5Yib5paw5Yib5Lia6aG555uu5oyH5a+86K6w5b2V5YaMDQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0ibGVmdCI+DQoJ6ZmE5Lu2OCZuYnNwOyZuYnNwOyDigJzmoKHnuqfmnKznp5HnlJ/np5HnoJTln7rph5HigJ3pobnnm67vvIjmjIfljZfpobnnm67vvInnlLPmiqXmjIfljZcNCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJsZWZ0Ij4NCgnpmYTku7blhoXlrrnor7fliLDmlZnliqHlpITnvZHnq5nnm7TmjqXkuIvovb3jgIINCjwvcD4NCjxwIGNsYXNzPSJNc29Ob3JtYWwiIGFsaWduPSJyaWdodCIgc3R5bGU9InRleHQtYWxpZ246cmlnaHQ7dGV4dC1pbmRlbnQ6MjEuMHB0OyI+DQoJJm5ic3A7DQo8L3A+DQo8cCBjbGFzcz0iTXNvTm9ybWFsIiBhbGlnbj0icmlnaHQiIHN0eWxlPSJ0ZXh0LWFsaWduOnJpZ2h0O3RleHQtaW5kZW50OjIxLjBwdDsiPg0KCeaUv+W6nOeuoeeQhuWtpumZog0KPC9wPg0KPHAgY2xhc3M9Ik1zb05vcm1hbCIgYWxpZ249InJpZ2h0IiBzdHlsZT0idGV4dC1hbGlnbjpyaWdodDt0ZXh0LWluZGVudDoyMS4wcHQ7Ij4NCgkyMDE35bm0NOaciDE55pelDQo8L3A+ZGQCEg8WAh8AAgEWAmYPZBYCZg8VAwQ0OTE1DGFubm91bmNlbWVudDzljJfkuqzluIjojIPlpKflrablvJXmmbrpobnnm67igJTigJTotYTorq/orqHph4/kuI7kuJPliKkuLi5kAhQPFgIfAAIBFgJmD2QWAmYPFQMENjk2MQxhbm5vdW5jZW1lbnQ86K6y5bqn6aKE5ZGK77ya5Lit5Zu95piv5ZCm5Y+v5Lul5Y+W5Luj576O5Zu96YeN5aGR5LiW55WMLi4uZBgBBR5fX0NvbnRyb2xzUmVxdWlyZVBvc3RCYWNrS2V5X18WAQUMSW1hZ2VCdXR0b24xsg/I2H/iaU7H1ru/M4pdWxFwyWI=" />
</div>

<div>

	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="1951E080" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWAwKI997/BALs0bLrBgLSwpnTCCjlgpxqpWaij9m0QMhLau1Aj8iJ" />
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
                                    <span id="Label1">关于申报2017年度本科生科研训练与创新创业项目的通知</span></span>
                            </h3>
                            <h5 class="program_title" style="color: #999; padding-bottom: 2%;">
                                <span style="text-align: center; display: block;">
                                    <span id="Label2">2017-04-20</span>
                                    点击率：<span id="Label4">997</span>
                                </span>
                            </h5>
                            <span id="Label3"><p class="MsoNormal" align="left" style="background:white;">
	政府管理学院的各位同学：
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	为落实《北京师范大学本科人才培养质量提升计划》（师校发〔2013〕38号），提高本科生科研实践、创新创业能力，现启动2017年度本科生科研训练与创新创业项目的申报工作。
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	本科生科研训练与创新创业项目包括国家级、市级、校级三个级别：“国家级大学生创新创业训练计划”（以下简称“国家级项目”）、 “北京市大学生科学研究与创业行动计划”（以下简称“市级项目”）、“校级本科生科研基金”（以下简称“校级项目”）。
</p>
<div align="center">
	<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="357" style="width:267.55pt;border:none;background:white;">
		<tbody>
			<tr>
				<td width="129" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<b><span style="font-size:9.0pt;font-family:宋体;">项目级别</span></b><b><span style="font-size:9.0pt;font-family:&quot;"></span></b>
					</p>
				</td>
				<td width="228" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<b><span style="font-size:9.0pt;font-family:宋体;">分类别</span></b><b><span style="font-size:9.0pt;font-family:&quot;"></span></b>
					</p>
				</td>
			</tr>
			<tr>
				<td width="129" rowspan="3" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span style="font-size:9.0pt;font-family:宋体;">国家级</span><span style="font-size:9.0pt;font-family:&quot;"></span>
					</p>
				</td>
				<td width="228" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span style="font-size:9.0pt;font-family:宋体;">创新训练项目</span><span style="font-size:9.0pt;font-family:&quot;"></span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="228" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span style="font-size:9.0pt;font-family:宋体;">创业训练项目</span><span style="font-size:9.0pt;font-family:&quot;"></span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="228" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span style="font-size:9.0pt;font-family:宋体;">创业实践项目</span><span style="font-size:9.0pt;font-family:&quot;"></span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="129" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span style="font-size:9.0pt;font-family:宋体;">市级</span><span style="font-size:9.0pt;font-family:&quot;"></span>
					</p>
				</td>
				<td width="228" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span style="font-size:9.0pt;font-family:&quot;">/</span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="129" rowspan="2" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span style="font-size:9.0pt;font-family:宋体;">校级</span><span style="font-size:9.0pt;font-family:&quot;"></span>
					</p>
				</td>
				<td width="228" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span style="font-size:9.0pt;font-family:宋体;">自由申报项目</span><span style="font-size:9.0pt;font-family:&quot;"></span>
					</p>
				</td>
			</tr>
			<tr>
				<td width="228" style="border:solid windowtext 1.0pt;">
					<p class="MsoNormal" align="center" style="text-align:center;">
						<span style="font-size:9.0pt;font-family:宋体;">指南项目</span><span style="font-size:9.0pt;font-family:&quot;"></span>
					</p>
				</td>
			</tr>
		</tbody>
	</table>
</div>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	具体工作安排如下：
</p>
<p class="MsoNormal" align="left" style="margin-left:0cm;text-indent:-18pt;">
	<b>1.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </b><b>&nbsp;4</b><b>月</b><b>17</b><b>日—</b><b>4</b><b>月</b><b>28</b><b>日：</b><b></b>
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	（1）申报“国家级项目”中创新训练项目、 “市级项目”、“校级项目”：学生在教师的指导下，完成项目选题，前期调研和论证，撰写项目申报书，填写“推荐汇总表”，经指导教师审阅签字后，将项目申报书电子版、纸质版（一式两份）、“推荐汇总表”电子版提交至主楼A区511A。申报“校级项目”中指南项目的学生，须参读申报指南，并将材料提交至设立指南项目的单位（认知神经科学与学习国家重点实验室、核科学与技术学院、系统科学学院等）。
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	本次选题申报分为学生自主选题和教师选题两种类型，教师选题将由学院跨学科实验室统筹发布，敬请各位同学关注实验室网站上公布的选题信息。
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	（2）申报“国家级项目”中创业训练项目和创业实践项目：学生在教师的指导下，完成项目选题，前期调研和论证，撰写项目申报书，填写“推荐汇总表”，经指导教师审阅签字后，将项目申报书电子版、纸质版（一式一份）、“推荐汇总表”电子版交至主楼A区511A。
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	（3）对于不能按时提交申报材料以及申报材料填写不完整、不规范的学生，被视为自动放弃项目申请资格。
</p>
<p class="MsoNormal" align="left" style="margin-left:0cm;text-indent:-18pt;">
	<b>2.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </b><b>5</b><b>月</b><b>2</b><b>日—</b><b>5</b><b>月</b><b>15</b><b>日：</b><b></b>
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	（1）“国家级项目”中创新训练项目、 “市级项目”、“校级项目”：学院审查学生申报资格、汇总学生申报材料，参照“立项评审指标”组织专家进行立项评审，按照专家意见，对申报项目进行排序，且根据“推荐名额分配表”择优向学校提交立项名单。
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	（2）申报“国家级项目”中创业训练项目和创业实践项目：各部院系不需评审，教务处统一组织专家评审。
</p>
<p class="MsoNormal" align="left" style="margin-left:0cm;text-indent:-18pt;">
	3.&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; <b>5</b><b>月</b><b>16</b><b>日—</b><b>6</b><b>月</b><b>26</b><b>日：</b>
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	学校对部院系提交的立项项目进行复核和确认，并公示。相关材料报上级主管部门备案。
</p>
<p class="MsoNormal" align="left" style="text-indent:21pt;">
	&nbsp;
</p>
<p class="MsoNormal" align="left">
	联系人：王玲&nbsp;&nbsp;
办公电话：58805543&nbsp; 主楼A511a&nbsp;&nbsp; 电子邮件：anmy2008@163.com<u></u>
</p>
<p class="MsoNormal" align="left">
	附件1&nbsp;&nbsp; 本科生科研训练与创新创业项目申报说明
</p>
<p class="MsoNormal" align="left">
	附件2&nbsp;&nbsp; 本科生科研训练与创新创业项目（创新项目）申报书
</p>
<p class="MsoNormal" align="left">
	附件3&nbsp;
“国家级大学生创新创业训练计划” 项目（创业训练项目和创业实践项目）申报书
</p>
<p class="MsoNormal" align="left">
	附件4&nbsp; <a href="http://jwc.bnu.edu.cn/downloads/2008-133-fujian.rar">&nbsp;<span>本科生<span>科研训练与创新创业项目</span></span><span>推荐汇总表</span></a>
</p>
<p class="MsoNormal" align="left">
	附件<a href="http://jwc.bnu.edu.cn/downloads/2008-133-fujian.rar">5&nbsp;&nbsp; <span>本科生<span>科研训练与创新创业项目<span>（创新项目）<span>立项评审指标</span></span></span></span></a><a href="http://jwc.bnu.edu.cn/downloads/2008-133-fujian.rar"></a>
</p>
<p class="MsoNormal" align="left">
	<a href="http://jwc.bnu.edu.cn/downloads/2008-133-fujian.rar">附件6&nbsp;&nbsp; 本科生科研训练与创新创业项目推荐名额分配表 </a>
</p>
<p class="MsoNormal" align="left">
	附件7&nbsp;&nbsp; 本科生科研训练与创新创业项目指导记录册
</p>
<p class="MsoNormal" align="left">
	附件8&nbsp;&nbsp; “校级本科生科研基金”项目（指南项目）申报指南
</p>
<p class="MsoNormal" align="left">
	附件内容请到教务处网站直接下载。
</p>
<p class="MsoNormal" align="right" style="text-align:right;text-indent:21.0pt;">
	&nbsp;
</p>
<p class="MsoNormal" align="right" style="text-align:right;text-indent:21.0pt;">
	政府管理学院
</p>
<p class="MsoNormal" align="right" style="text-align:right;text-indent:21.0pt;">
	2017年4月19日
</p></span>
                        </div>
                        <div style="border-top: 1px solid #DCE6F0; padding: 1% 0; width: 100%; overflow: hidden; margin-top: 5%">
                            
                                    <a href="newshow.aspx?newid=4915&wzlx=announcement" class="pres" style="float: left; width: 45%;">上一篇：北京师范大学引智项目——资讯计量与专利...</a>
                                
                            

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
